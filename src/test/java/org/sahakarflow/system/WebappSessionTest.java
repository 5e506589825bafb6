package org.sahakarflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.WebappSession;
import org.springframework.beans.factory.annotation.Value;

/** The Camunda webapps as a browser meets them: session login, CSRF, which app each role may open. */
@SahakarTest
class WebappSessionTest {

  @Value("${local.server.port}")
  int port;

  @ParameterizedTest(name = "{0} may open {1}: {2}")
  @CsvSource({
      "applicant.rj-udr, tasklist, true", "applicant.rj-udr, cockpit, false",
      "rcs.rj-udr, tasklist, true", "rcs.rj-udr, cockpit, false",
      "registrar.rj, cockpit, true", "registrar.rj, admin, false",
      "ministry, cockpit, true", "ministry, admin, false",
      "admin, admin, true"})
  void eachRoleOpensOnlyItsWebapps(String user, String app, boolean allowed) throws Exception {
    WebappSession browser = new WebappSession(port);
    int status = browser.login(user, app);
    assertThat(status).isEqualTo(allowed ? 200 : 403);
  }

  @Test
  void csrfCookieIsNotMarkedSecureByDefault() throws Exception {
    WebappSession browser = new WebappSession(port);
    HttpResponse<String> page = browser.send(HttpRequest.newBuilder(
        browser.uri("/camunda/app/tasklist/default/")).GET().build());
    assertThat(page.headers().allValues("Set-Cookie"))
        .anySatisfy(c -> assertThat(c).startsWith("XSRF-TOKEN=").doesNotContain("Secure"));
  }

  @Test
  void stateChangingCallsWithoutTheCsrfTokenAreRefused() throws Exception {
    WebappSession browser = new WebappSession(port);
    assertThat(browser.login("rcs.rj-udr", "tasklist")).isEqualTo(200);
    HttpResponse<String> withoutToken = browser.send(HttpRequest.newBuilder(
            browser.uri("/camunda/api/admin/auth/user/default/logout"))
        .POST(HttpRequest.BodyPublishers.noBody()).build());
    assertThat(withoutToken.statusCode()).isEqualTo(403);
    assertThat(withoutToken.headers().firstValue("X-XSRF-TOKEN")).contains("Required");
  }
}
