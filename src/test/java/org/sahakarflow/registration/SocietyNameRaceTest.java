package org.sahakarflow.registration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.sahakarflow.Cases;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.society.SocietyName;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Eight applications for one name, spelt eight ways, filed at the same moment in eight districts
 * of Rajasthan (each numbered in its own series, so that nothing but the name makes them wait on
 * one another): the look-up before the reservation sees none of the others, and the reservation
 * table's unique key lets exactly one through. The others get a clean 400 on {@code societyName}
 * and leave nothing behind: no case, no reservation, no case number used.
 */
@SahakarTest
class SocietyNameRaceTest {

  static final List<String> DISTRICTS = List.of("RJ-AJM", "RJ-ALW", "RJ-BAN", "RJ-BAR", "RJ-BRM", "RJ-BHA",
      "RJ-BHI", "RJ-BIK");

  @Autowired
  ProcessEngine engine;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  Http http;
  final ObjectMapper json = new ObjectMapper();

  @Test
  void eightSimultaneousApplicationsForOneNameReserveItOnce() throws Exception {
    String name = "Mewar Kisan Sahakari Samiti " + UUID.randomUUID().toString().substring(0, 8);
    List<String> spellings = List.of(name, name.toUpperCase(), name.toLowerCase(), name + " Ltd.",
        name + " Limited", name.replace(' ', '-'), "  " + name + "  ", name + " Maryadit");
    List<Long> numbersBefore = DISTRICTS.stream().map(this::lastNumber).toList();

    ExecutorService applicants = Executors.newFixedThreadPool(DISTRICTS.size());
    CountDownLatch together = new CountDownLatch(1);
    List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
    for (int i = 0; i < DISTRICTS.size(); i++) {
      Map<String, Object> application = Cases.mpacsApplication("RJ", DISTRICTS.get(i));
      application.put("societyName", spellings.get(i));
      answers.add(applicants.submit(() -> {
        together.await();
        return http.post("applicant.rj-udr", "/api/registrations", application);
      }));
    }
    together.countDown();
    List<ResponseEntity<String>> responses = new ArrayList<>();
    for (Future<ResponseEntity<String>> answer : answers) {
      responses.add(answer.get(120, TimeUnit.SECONDS));
    }
    applicants.shutdown();

    List<Integer> created = new ArrayList<>();
    for (int i = 0; i < responses.size(); i++) {
      ResponseEntity<String> response = responses.get(i);
      if (response.getStatusCode() == HttpStatus.CREATED) {
        created.add(i);
      } else {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(response.getBody()).get("errors")).singleElement().satisfies(error -> {
          assertThat(error.get("field").asText()).isEqualTo("societyName");
          assertThat(error.get("reason").asText()).isEqualTo(NameReservations.UNDER_CONSIDERATION);
        });
      }
    }
    assertThat(created).as("opened: " + responses.stream().map(r -> r.getStatusCode() + " " + r.getBody()).toList())
        .hasSize(1);
    int winner = created.get(0);
    String applicationNumber = json.readTree(responses.get(winner).getBody()).get("applicationNumber").asText();

    assertThat(jdbc.queryForList("select application_number from society_name_reservation"
        + " where state_code = 'RJ' and name_key = ?", String.class, SocietyName.key(name)))
        .containsExactly(applicationNumber);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("mpacs-registration").matchVariableValuesIgnoreCase()
        // the winner may be the upper-case spelling
        .variableValueLike("societyName", "%" + name.substring(28) + "%").count()).as("one case").isOne();
    for (int i = 0; i < DISTRICTS.size(); i++) {
      assertThat(lastNumber(DISTRICTS.get(i))).as(DISTRICTS.get(i) + "'s case numbers")
          .isEqualTo(numbersBefore.get(i) + (i == winner ? 1 : 0));
    }
  }

  private long lastNumber(String district) {
    return jdbc.queryForList("select last_value from number_sequence where scope like ?", Long.class,
        district + "-MPACS-%").stream().mapToLong(Long::longValue).sum();
  }
}
