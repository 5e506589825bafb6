package org.sahakarflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.WebappSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Finding 1: no expression in any part of a query reaches the engine's expression language. */
@SahakarTest
class QueryExpressionTest {

  @Autowired
  Http http;
  @Autowired
  TaskService tasks;
  @Autowired
  FilterService filters;
  @Autowired
  IdentityService identity;
  @Value("${local.server.port}")
  int port;
  @TempDir
  Path dir;

  /** A JUEL expression that reaches a Java class and creates a file, as the finding did. */
  private String fileCreatingExpression(Path file) {
    return "${''.getClass().forName('java.io.File').getConstructor(''.getClass())"
        + ".newInstance('" + file + "').createNewFile()}";
  }

  @Test
  void anOrQueryExpressionIsRefusedOnTheEngineRestForEveryone() {
    Path file = dir.resolve("or-query");
    String body = "{\"orQueries\":[{\"assigneeExpression\":\"" + fileCreatingExpression(file) + "\"}]}";
    for (String user : List.of("applicant.rj-udr", "rcs.rj-udr", "ministry")) {
      ResponseEntity<String> response = http.post(user, "/engine-rest/task?maxResults=5", body);
      assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(response.getBody()).contains("orQueries[0].assigneeExpression");
    }
    // the administrator passes the edge, and the engine itself refuses the or-query's expression
    ResponseEntity<String> admin = http.post("admin", "/engine-rest/task?maxResults=5", body);
    assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(admin.getBody()).contains("or-queries included");
    assertThat(file).doesNotExist();
  }

  @Test
  void anExpressionDeepInsideAFiltersExtendingQueryIsRefused() {
    Path file = dir.resolve("filter");
    String filterId = filters.createFilterQuery().filterName("All tasks I can see").singleResult().getId();
    String body = "{\"orQueries\":[{\"candidateGroupExpression\":\"" + fileCreatingExpression(file) + "\"}]}";
    ResponseEntity<String> response = http.post("rcs.rj-udr",
        "/engine-rest/filter/" + filterId + "/list?maxResults=5", body);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<String> parameter = http.as("rcs.rj-udr").getForEntity(URI.create("http://localhost:"
        + port + "/engine-rest/task?maxResults=5&assigneeExpression=%24%7BcurrentUser()%7D"), String.class);
    assertThat(parameter.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(file).doesNotExist();
  }

  @Test
  void tasklistsOwnSessionApiRefusesTheExpressionToo() throws IOException, InterruptedException {
    Path file = dir.resolve("tasklist");
    WebappSession browser = new WebappSession(port);
    assertThat(browser.login("applicant.rj-udr", "tasklist")).isEqualTo(200);
    String filterId = filters.createFilterQuery().filterName("My tasks").singleResult().getId();
    String body = "{\"orQueries\":[{\"assigneeExpression\":\"" + fileCreatingExpression(file) + "\"}]}";
    var response = browser.send(HttpRequest.newBuilder(browser.uri(
            "/camunda/api/engine/engine/default/filter/" + filterId + "/list?firstResult=0&maxResults=15"))
        .header("Content-Type", "application/json").header("X-XSRF-TOKEN", browser.token())
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(file).doesNotExist();
  }

  @Test
  void theEngineRefusesOrQueryExpressionsWhenCalledFromJava() {
    Path file = dir.resolve("java");
    assertThatThrownBy(() -> tasks.createTaskQuery().or()
        .taskAssigneeExpression(fileCreatingExpression(file)).endOr().list())
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("or-queries included");
    Filter stored = filters.createFilterQuery().filterName("My tasks").singleResult();
    identity.setAuthentication("rcs.rj-udr", List.of("rcs-district:RJ-UDR"), List.of("RJ"));
    try {
      assertThatThrownBy(() -> filters.listPage(stored.getId(), tasks.createTaskQuery().or()
          .taskCandidateGroupExpression(fileCreatingExpression(file)).endOr(), 0, 5))
          .isInstanceOf(BadUserRequestException.class);
      // the stored filter's own ${currentUser()} still works: it was written by an administrator
      assertThat(filters.listPage(stored.getId(), 0, 5)).isNotNull();
    } finally {
      identity.clearAuthentication();
    }
    assertThat(file).doesNotExist();
  }
}
