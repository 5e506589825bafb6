package org.sahakarflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.sahakarflow.Cases;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Every answer of the app's API, pages and errors alike, tells the browser not to sniff, frame or leak it. */
@SahakarTest
class ApiHeadersTest {

  @Autowired
  Http http;

  @Test
  void pagesDataAndErrorsAllCarryTheHeaders() throws Exception {
    ResponseEntity<String> submitted = http.post("applicant.rj-udr", "/api/registrations",
        Cases.mpacsApplication("RJ", "RJ-UDR"));
    assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String number = new ObjectMapper().readTree(submitted.getBody()).get("applicationNumber").asText();

    ResponseEntity<String> page = http.as("applicant.rj-udr")
        .getForEntity("/api/registrations/" + number + "/view", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("<style>").doesNotContain("<script");
    assertProtected(page);
    assertProtected(submitted);
    assertProtected(http.as("applicant.rj-udr").getForEntity("/api/me", String.class));

    ResponseEntity<String> anonymous = http.anonymous().getForEntity("/api/me", String.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertProtected(anonymous);
    ResponseEntity<String> unknown = http.as("applicant.rj-udr").getForEntity("/api/no-such-thing", String.class);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertProtected(unknown);
    ResponseEntity<String> notVisible = http.as("applicant.ap-tpt")
        .getForEntity("/api/registrations/" + number + "/view", String.class);
    assertThat(notVisible.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertProtected(notVisible);
    ResponseEntity<String> bad = http.post("applicant.rj-udr", "/api/registrations", "{not json");
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertProtected(bad);
    assertProtected(http.anonymous().getForEntity("/verify/RJ/UDR/NONE/1", String.class));
    ResponseEntity<String> tracking = http.anonymous().getForEntity("/track", String.class);
    assertThat(tracking.getBody()).contains("<form").doesNotContain("<script");
    assertProtected(tracking);
  }

  private static void assertProtected(ResponseEntity<String> response) {
    HttpHeaders headers = response.getHeaders();
    assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
    assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("no-referrer");
    assertThat(headers.getFirst("Content-Security-Policy"))
        .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
        .doesNotContain("'unsafe-eval'").doesNotContainPattern("script-src[^;]*'unsafe-inline'");
  }
}
