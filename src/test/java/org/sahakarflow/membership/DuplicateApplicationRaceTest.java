package org.sahakarflow.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.system.India;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sixteen applications of the same society to NCEL sent at the same moment, over HTTP, on
 * PostgreSQL (the production database; the suite runs it with {@code -Ppostgres}, H2 skips it):
 * exactly one case opens, the other fifteen get a clean 409, and nothing of theirs is left
 * behind — no row, no process instance, no case number used.
 */
@SahakarTest
class DuplicateApplicationRaceTest {

  static final int APPLICATIONS = 16;

  @Autowired
  ProcessEngine engine;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  DataSource dataSource;
  @Autowired
  Http http;
  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void postgresOnly() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      assumeTrue(connection.getMetaData().getDatabaseProductName().equals("PostgreSQL"), "PostgreSQL only");
    }
  }

  @Test
  void sixteenSimultaneousApplicationsOpenExactlyOneCase() throws Exception {
    MembershipCases cases = new MembershipCases(engine, jdbc);
    String society = cases.society("MPACS", MembershipCases.SECRETARY);
    String scope = "RJ-UDR-NCEL-" + Year.now(India.ZONE).getValue();
    long numberBefore = lastNumber(scope);

    ExecutorService secretaries = Executors.newFixedThreadPool(APPLICATIONS);
    CountDownLatch together = new CountDownLatch(1);
    List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
    for (int i = 0; i < APPLICATIONS; i++) {
      answers.add(secretaries.submit(() -> {
        together.await();
        return http.post(MembershipCases.SECRETARY, NationalMembershipApiTest.PATH,
            NationalMembershipApiTest.body(society, "NCEL"));
      }));
    }
    together.countDown();
    List<ResponseEntity<String>> responses = new ArrayList<>();
    for (Future<ResponseEntity<String>> answer : answers) {
      responses.add(answer.get(120, TimeUnit.SECONDS));
    }
    secretaries.shutdown();

    List<ResponseEntity<String>> created = responses.stream()
        .filter(r -> r.getStatusCode() == HttpStatus.CREATED).toList();
    List<ResponseEntity<String>> conflicts = responses.stream()
        .filter(r -> r.getStatusCode() == HttpStatus.CONFLICT).toList();
    assertThat(created).as("opened").hasSize(1);
    assertThat(conflicts).as("refused with 409: " + responses).hasSize(APPLICATIONS - 1);
    for (ResponseEntity<String> conflict : conflicts) {
      assertThat(json.readTree(conflict.getBody()).get("detail").asText())
          .startsWith("the society already has an open application to NCEL");
    }
    String applicationNumber = json.readTree(created.get(0).getBody()).get("applicationNumber").asText();

    assertThat(jdbc.queryForList("select application_number from national_membership where registration_number = ?",
        String.class, society)).containsExactly(applicationNumber);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(NationalMembership.PROCESS).variableValueEquals("registrationNumber", society).list())
        .singleElement().satisfies(h -> assertThat(h.getBusinessKey()).isEqualTo(applicationNumber));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(NationalMembership.PROCESS).variableValueEquals("registrationNumber", society).count())
        .isEqualTo(1);
    assertThat(lastNumber(scope)).as("one case number used").isEqualTo(numberBefore + 1);
    assertThat(applicationNumber).endsWith(String.format("-%06d", numberBefore + 1));
  }

  private long lastNumber(String scope) {
    return jdbc.query("select last_value from number_sequence where scope = ?",
        rows -> rows.next() ? rows.getLong(1) : 0L, scope);
  }
}
