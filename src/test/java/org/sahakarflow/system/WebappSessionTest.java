package org.sahakarflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
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
    Browser browser = new Browser();
    int status = browser.login(user, app);
    assertThat(status).isEqualTo(allowed ? 200 : 403);
  }

  @Test
  void csrfCookieIsNotMarkedSecureByDefault() throws Exception {
    Browser browser = new Browser();
    HttpResponse<String> page = browser.send(HttpRequest.newBuilder(
        browser.uri("/camunda/app/tasklist/default/")).GET().build());
    assertThat(page.headers().allValues("Set-Cookie"))
        .anySatisfy(c -> assertThat(c).startsWith("XSRF-TOKEN=").doesNotContain("Secure"));
  }

  @Test
  void stateChangingCallsWithoutTheCsrfTokenAreRefused() throws Exception {
    Browser browser = new Browser();
    assertThat(browser.login("rcs.rj-udr", "tasklist")).isEqualTo(200);
    HttpResponse<String> withoutToken = browser.send(HttpRequest.newBuilder(
            browser.uri("/camunda/api/admin/auth/user/default/logout"))
        .POST(HttpRequest.BodyPublishers.noBody()).build());
    assertThat(withoutToken.statusCode()).isEqualTo(403);
    assertThat(withoutToken.headers().firstValue("X-XSRF-TOKEN")).contains("Required");
  }

  final class Browser {
    final CookieManager cookies = new CookieManager();
    final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

    URI uri(String path) {
      return URI.create("http://localhost:" + port + path);
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    int login(String user, String app) throws Exception {
      send(HttpRequest.newBuilder(uri("/camunda/app/" + app + "/default/")).GET().build());
      String token = cookies.getCookieStore().getCookies().stream()
          .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue)
          .findFirst().orElseThrow();
      String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
          + "&password=" + URLEncoder.encode(Http.DEMO_PASSWORD, StandardCharsets.UTF_8);
      return send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/" + app))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .header("X-XSRF-TOKEN", token)
          .POST(HttpRequest.BodyPublishers.ofString(form)).build()).statusCode();
    }
  }
}
