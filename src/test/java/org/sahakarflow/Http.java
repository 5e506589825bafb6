package org.sahakarflow;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Real HTTP calls against the running test server, as a given demo user or anonymously. */
@Component
@Lazy
public class Http {

  public static final String DEMO_PASSWORD = "Sahakar@2026";

  private final TestRestTemplate anonymous;

  Http(@Value("${local.server.port}") int port) {
    this.anonymous = new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port));
  }

  public TestRestTemplate anonymous() {
    return anonymous;
  }

  public TestRestTemplate as(String userId) {
    return anonymous.withBasicAuth(userId, DEMO_PASSWORD);
  }

  /**
   * Clears the failed sign-ins, tracking tries and sign-ups counted against this machine's
   * addresses, which every test signs in from.
   */
  public static void forgiveThisMachine(org.sahakarflow.system.SignInThrottle throttle) {
    java.util.List.of("127.0.0.1", "0:0:0:0:0:0:0:1").forEach(throttle::succeeded);
  }

  public static HttpEntity<Object> json(Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }

  public ResponseEntity<String> post(String userId, String path, Object body) {
    return as(userId).exchange(path, HttpMethod.POST, json(body), String.class);
  }

  public ResponseEntity<Map> get(String userId, String path) {
    return as(userId).getForEntity(path, Map.class);
  }
}
