package org.sahakarflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@SahakarTest
class SecurityDefaultsTest {

  @Autowired
  Http http;
  @Autowired
  IdentityService identity;

  @Test
  void engineRestRefusesAnonymousAndWrongPasswords() {
    assertThat(http.anonymous().getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    // a wrong password delays the user's next sign-in, so it is tried on a user no other test uses
    assertThat(http.anonymous().withBasicAuth("bbssl.board", "wrong-Password1!")
        .getForEntity("/engine-rest/task?maxResults=5", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.as("admin").getForEntity("/engine-rest/task?maxResults=5", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void appApiRequiresAuthenticationAndCarriesTheCamundaIdentity() {
    ResponseEntity<String> anonymous = http.anonymous().getForEntity("/api/me", String.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
    // a webapp script is refused too, without the challenge that opens the browser's password dialog
    HttpHeaders fromScript = new HttpHeaders();
    fromScript.set("X-Requested-With", "XMLHttpRequest");
    ResponseEntity<String> script = http.anonymous().exchange("/api/form-labels", HttpMethod.GET,
        new HttpEntity<>(fromScript), String.class);
    assertThat(script.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(script.getHeaders().containsKey("WWW-Authenticate")).isFalse();
    assertThat(script.getBody()).doesNotContain("label");

    ResponseEntity<Map> me = http.get("rcs.rj-udr", "/api/me");
    assertThat(me.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(me.getBody()).containsEntry("userId", "rcs.rj-udr");
    assertThat((List<String>) me.getBody().get("groups")).containsExactly("rcs-district:RJ-UDR");
    assertThat((List<String>) me.getBody().get("tenants")).containsExactly("RJ");
  }

  @Test
  void theApiKeepsNoSession() {
    assertThat(http.as("ministry").getForEntity("/api/me", String.class).getHeaders()
        .get(HttpHeaders.SET_COOKIE)).isNull();
    assertThat(http.anonymous().getForEntity("/api/me", String.class).getHeaders()
        .get(HttpHeaders.SET_COOKIE)).isNull();
  }

  @Test
  void theWebappsAnswerWithCamundasHeadersAlone() {
    HttpHeaders tasklist = http.anonymous()
        .getForEntity("/camunda/app/tasklist/default/", String.class).getHeaders();
    assertThat(tasklist.getFirst("X-XSS-Protection")).isEqualTo("1; mode=block");
    assertThat(tasklist.get(HttpHeaders.CACHE_CONTROL)).isNull();
  }

  @Test
  void firstRunAdminSetupIsClosedEvenToAnonymousCallers() {
    String body = "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"I\",\"lastName\":\"X\"},"
        + "\"credentials\":{\"password\":\"Intruder@2026x\"}}";
    ResponseEntity<String> post = http.anonymous().exchange(
        "/camunda/api/admin/setup/default/user/create", HttpMethod.POST, Http.json(body), String.class);
    assertThat(post.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.anonymous().getForEntity("/camunda/api/admin/setup/default/user/create",
        String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(identity.createUserQuery().userId("intruder").count()).isZero();
  }

  @Test
  void healthIsPublicButMetricsNeedASignIn() {
    assertThat(http.anonymous().getForEntity("/actuator/health", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(http.anonymous().getForEntity("/actuator/prometheus", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<String> metrics = http.as("ministry").getForEntity("/actuator/prometheus", String.class);
    assertThat(metrics.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(metrics.getBody()).contains("jvm_memory_used_bytes");
  }

  @Test
  void nonAdminsCannotStoreFiltersNorRunExpressionQueries() {
    String filter = "{\"name\":\"mine\",\"resourceType\":\"Task\","
        + "\"query\":{\"assigneeExpression\":\"${currentUser()}\"}}";
    assertThat(http.post("applicant.rj-udr", "/engine-rest/filter/create", filter).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> adhoc = http.post("rcs.rj-udr", "/engine-rest/task?maxResults=5",
        "{\"assigneeExpression\":\"${currentUser()}\"}");
    assertThat(adhoc.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(adhoc.getBody()).contains("\"field\":\"assigneeExpression\"");
  }

  @Test
  void unboundedQueriesAreRefused() {
    ResponseEntity<String> unbounded = http.as("ministry")
        .getForEntity("/engine-rest/process-definition", String.class);
    assertThat(unbounded.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unbounded.getBody()).contains("unbound number of results");
    assertThat(http.as("ministry").getForEntity("/engine-rest/process-definition?maxResults=50",
        String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void openApiDescriptionIsForSignedInUsersOnly() {
    assertThat(http.anonymous().getForEntity("/api/openapi", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<String> spec = http.as("applicant.rj-udr").getForEntity("/api/openapi", String.class);
    assertThat(spec.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(spec.getBody()).contains("/api/registrations").doesNotContain("/engine-rest");
    assertThat(http.anonymous().getForEntity("/api/docs", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void weakPasswordsAreRefusedByThePolicy() {
    User user = identity.newUser("weak.password");
    user.setPassword("password");
    assertThatThrownBy(() -> identity.saveUser(user)).isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("password does not match the policy: it needs at least 10 characters");
    assertThat(identity.createUserQuery().userId("weak.password").count()).isZero();
  }

  @Test
  void adminGroupAlwaysHasADirectMember() {
    assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").count()).isPositive();
  }
}
