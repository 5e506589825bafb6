package org.sahakarflow.bylaws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Who may start, read and act on a society's bye-law amendment, and who reads the adoption count. */
@SahakarTest
class BylawAccessTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  Http http;
  final ObjectMapper json = new ObjectMapper();
  BylawCases cases;

  @BeforeEach
  void setUp() {
    cases = new BylawCases(engine, jdbc);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void secretaryStartsTheAmendmentOverTheApiAndReadsTheSocietyRecord() throws Exception {
    String society = cases.society("RJ", "RJ-UDR", BylawCases.SECRETARY);
    ResponseEntity<String> started = http.post(BylawCases.SECRETARY, "/api/bylaw-adoptions",
        Map.of("registrationNumber", society));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String caseNumber = json.readTree(started.getBody()).get("caseNumber").asText();

    ResponseEntity<String> record = http.as(BylawCases.SECRETARY).getForEntity("/api/societies/" + society, String.class);
    assertThat(record.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode body = json.readTree(record.getBody());
    assertThat(body.get("byeLawVersion").asText()).isEqualTo("as registered (imported)");
    assertThat(body.get("amendments").get(0).get("caseNumber").asText()).isEqualTo(caseNumber);
    assertThat(body.get("amendments").get(0).get("status").asText()).isEqualTo("OPEN");

    // one amendment at a time
    ResponseEntity<String> again = http.post(BylawCases.SECRETARY, "/api/bylaw-adoptions", Map.of("registrationNumber", society));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(again.getBody()).contains("already in progress");
  }

  @Test
  void aSecretarySeesAndAmendsOnlyTheirOwnSociety() {
    String other = cases.society("RJ", "RJ-UDR", null);

    assertThat(http.as(BylawCases.SECRETARY).getForEntity("/api/societies/" + other, String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<String> start = http.post(BylawCases.SECRETARY, "/api/bylaw-adoptions", Map.of("registrationNumber", other));
    assertThat(start.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(start.getBody()).contains("only the society's secretary");
    // the district's officer and the ministry read it
    assertThat(http.as("rcs.rj-udr").getForEntity("/api/societies/" + other, String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(http.as("ministry").getForEntity("/api/societies/" + other, String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(http.as("rcs.ap-tpt").getForEntity("/api/societies/" + other, String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void anotherDistrictsOfficerCannotActOnTheCase() {
    String key = cases.atScrutiny();
    String taskId = cases.driver.task(key, BylawAdoption.TASK_SCRUTINISE).getId();

    engine.getIdentityService().setAuthentication("rcs.ap-tpt", List.of("rcs-district:AP-TPT"), List.of("AP"));
    try {
      assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(key).count()).isZero();
      assertThatThrownBy(() -> engine.getTaskService().claim(taskId, "rcs.ap-tpt"))
          .isInstanceOf(ProcessEngineException.class).hasMessageContaining("no authenticated tenant");
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    // the same State's tenant, another district
    engine.getIdentityService().setAuthentication("rcs.rj-jpr", List.of("rcs-district:RJ-JPR"), List.of("RJ"));
    try {
      assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(key).count()).isZero();
      assertThatThrownBy(() -> engine.getTaskService().claim(taskId, "rcs.rj-jpr"))
          .isInstanceOf(AuthorizationException.class);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    String society = (String) cases.driver.variable(key, "registrationNumber");
    assertThat(http.post("rcs.ap-tpt", "/api/bylaw-adoptions/directions",
        Map.of("registrationNumber", society, "reasons", "adopt")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    engine.getIdentityService().setAuthentication("rcs.rj-udr", List.of("rcs-district:RJ-UDR"), List.of("RJ"));
    try {
      assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(key)
          .taskDefinitionKey(BylawAdoption.TASK_SCRUTINISE).count()).isEqualTo(1);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  @Test
  void adoptionCountIsForTheMinistryAndStateRegistrarsOnly() throws Exception {
    long[] before = count("ministry", "RJ", "RJ-JPR");
    String adopted = cases.society("RJ", "RJ-JPR", BylawCases.SECRETARY);
    jdbc.update("update society set model_bye_laws_adopted_on = current_date where registration_number = ?", adopted);
    String inProgress = cases.society("RJ", "RJ-JPR", BylawCases.SECRETARY);
    cases.propose(inProgress, BylawCases.SECRETARY, "RJ", "RJ-JPR");
    cases.society("RJ", "RJ-JPR", null);

    long[] after = count("ministry", "RJ", "RJ-JPR");
    assertThat(new long[] {after[0] - before[0], after[1] - before[1], after[2] - before[2]})
        .containsExactly(1, 1, 1);
    assertThat(count("registrar.rj", "RJ", "RJ-JPR")).containsExactly(after);
    assertThat(http.as(BylawCases.SECRETARY).getForEntity("/api/insight/bylaw-adoption", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.as("registrar.ap").getForEntity("/api/insight/bylaw-adoption?stateCode=RJ", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  private long[] count(String user, String state, String district) throws Exception {
    ResponseEntity<String> response = http.as(user).getForEntity(
        "/api/insight/bylaw-adoption?stateCode=" + state + "&districtCode=" + district, String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode rows = json.readTree(response.getBody());
    if (rows.isEmpty()) {
      return new long[] {0, 0, 0};
    }
    JsonNode row = rows.get(0);
    return new long[] {row.get("adopted").asLong(), row.get("inProgress").asLong(), row.get("notStarted").asLong()};
  }
}
