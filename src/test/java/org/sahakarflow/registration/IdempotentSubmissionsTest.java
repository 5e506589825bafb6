package org.sahakarflow.registration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.sahakarflow.Cases;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A client that times out and sends its application again opens one case, not two: with an
 * Idempotency-Key it gets the first answer back; without one, the applicant's open application of
 * the same society is named in a 409.
 */
@SahakarTest
class IdempotentSubmissionsTest {

  @Autowired
  Http http;
  @Autowired
  JdbcTemplate jdbc;
  final ObjectMapper json = new ObjectMapper();

  @Test
  void theSameKeyAndBodyGetTheFirstAnswerAndOneCase() throws Exception {
    Map<String, Object> application = Cases.mpacsApplication("OD", "OD-KHO");
    String key = UUID.randomUUID().toString();

    ResponseEntity<String> first = submit("applicant.od-kho", key, application);
    ResponseEntity<String> again = submit("applicant.od-kho", key, application);

    assertThat(first.getStatusCode()).as(first.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(again.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
    assertThat(first.getHeaders().getFirst("Idempotent-Replayed")).isNull();
    assertThat(number(again)).isEqualTo(number(first));
    assertThat(again.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
    assertThat(casesNamed(application)).isEqualTo(1);
  }

  @Test
  void theSameKeyWithAnotherBodyIsRefusedWith422() {
    String key = UUID.randomUUID().toString();
    assertThat(submit("applicant.od-kho", key, Cases.mpacsApplication("OD", "OD-KHO")).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    Map<String, Object> other = Cases.mpacsApplication("OD", "OD-KHO");

    ResponseEntity<String> refused = submit("applicant.od-kho", key, other);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(refused.getBody()).contains("Idempotency-Key " + key + " was used for another request");
    assertThat(casesNamed(other)).isZero();
  }

  @Test
  void withoutAKeyTheApplicantsOpenApplicationOfTheSameSocietyIsNamed() throws Exception {
    Map<String, Object> application = Cases.mpacsApplication("OD", "OD-KHO");
    ResponseEntity<String> first = submit("applicant.od-kho", null, application);

    ResponseEntity<String> again = submit("applicant.od-kho", null, application);

    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody()).contains("you have filed this application already: " + number(first) + " is open");
    assertThat(casesNamed(application)).isEqualTo(1);
  }

  @Test
  void aKeyIsTheUsersOwnAndABadKeyIsRefused() {
    String key = UUID.randomUUID().toString();
    assertThat(submit("applicant.od-kho", key, Cases.mpacsApplication("OD", "OD-KHO")).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    ResponseEntity<String> another = submit("applicant.rj-udr", key, Cases.mpacsApplication("RJ", "RJ-UDR"));
    assertThat(another.getStatusCode()).as("another applicant's key space").isEqualTo(HttpStatus.CREATED);
    assertThat(another.getHeaders().getFirst("Idempotent-Replayed")).isNull();

    ResponseEntity<String> bad = submit("applicant.od-kho", "not a key!", Cases.mpacsApplication("OD", "OD-KHO"));
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody()).contains("Idempotency-Key: 1 to 100 letters, digits");
  }

  @Test
  void aRefusedRequestIsNotKeptAndMayBeSentAgainWhenCorrected() throws Exception {
    String key = UUID.randomUUID().toString();
    Map<String, Object> application = Cases.mpacsApplication("OD", "OD-KHO");
    Map<String, Object> withoutName = new HashMap<>(application);
    withoutName.remove("societyName");
    assertThat(submit("applicant.od-kho", key, withoutName).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

    ResponseEntity<String> corrected = submit("applicant.od-kho", key, application);

    assertThat(corrected.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(casesNamed(application)).isEqualTo(1);
  }

  @Test
  void tenClientsSendingOneRequestAtOnceOpenOneCase() throws Exception {
    Map<String, Object> application = Cases.mpacsApplication("OD", "OD-KHO");
    String key = UUID.randomUUID().toString();
    ExecutorService clients = Executors.newFixedThreadPool(10);
    CountDownLatch together = new CountDownLatch(1);
    List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      answers.add(clients.submit(() -> {
        together.await();
        return submit("applicant.od-kho", key, application);
      }));
    }
    together.countDown();
    List<Integer> statuses = new ArrayList<>();
    for (Future<ResponseEntity<String>> answer : answers) {
      statuses.add(answer.get().getStatusCode().value());
    }
    clients.shutdown();

    assertThat(statuses).as("created, replayed, or still being served").allMatch(s -> s == 201 || s == 409)
        .contains(201);
    assertThat(casesNamed(application)).isEqualTo(1);
  }

  private ResponseEntity<String> submit(String user, String key, Map<String, Object> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (key != null) {
      headers.set("Idempotency-Key", key);
    }
    return http.as(user).exchange("/api/registrations", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  private String number(ResponseEntity<String> response) throws Exception {
    return json.readTree(response.getBody()).get("applicationNumber").asText();
  }

  private int casesNamed(Map<String, Object> application) {
    return jdbc.queryForObject("select count(*) from application_register where society_name = ?", Integer.class,
        application.get("societyName"));
  }
}
