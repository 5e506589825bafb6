package org.sahakarflow.membership;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahakarflow.CaseDriver;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code POST /api/national-memberships} and the national memberships on the society record. */
@SahakarTest
class NationalMembershipApiTest {

  static final String PATH = "/api/national-memberships";

  @Autowired
  ProcessEngine engine;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  Http http;
  final ObjectMapper json = new ObjectMapper();
  MembershipCases cases;

  @BeforeEach
  void setUp() {
    cases = new MembershipCases(engine, jdbc);
  }

  static Map<String, Object> body(String society, String national) {
    Map<String, Object> body = new HashMap<>(MembershipCases.application(society, national));
    body.remove("stateCode");
    body.remove("districtCode");
    return body;
  }

  @Test
  void theSecretaryAppliesOnceAndASecondApplicationIsAConflict() throws Exception {
    String society = cases.society("MPACS", MembershipCases.SECRETARY);
    ResponseEntity<String> created = http.post(MembershipCases.SECRETARY, PATH, body(society, "NCEL"));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String applicationNumber = json.readTree(created.getBody()).get("applicationNumber").asText();
    assertThat(applicationNumber).matches("RJ-UDR-NCEL-\\d{4}-\\d{6}");
    assertThat(created.getHeaders().getLocation()).hasToString(PATH + "/" + applicationNumber);

    ResponseEntity<String> again = http.post(MembershipCases.SECRETARY, PATH, body(society, "NCEL"));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(json.readTree(again.getBody()).get("detail").asText())
        .isEqualTo("the society already has an open application to NCEL (" + applicationNumber + ")");
    assertThat(rows(society)).isEqualTo(1);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(NationalMembership.PROCESS).variableValueEquals("registrationNumber", society).count()).isEqualTo(1);
  }

  @Test
  void theSocietyRecordListsItsNationalMemberships() throws Exception {
    String key = cases.atBoard("BBSSL");
    cases.driver.complete(key, NationalMembership.TASK_BOARD_DECISION, "bbssl.board", CaseDriver.vars("boardDecision", "ADMIT"));
    String society = (String) cases.driver.variable(key, "registrationNumber");
    String open = cases.apply(MembershipCases.SECRETARY, MembershipCases.application(society, "NCOL"));

    ResponseEntity<String> record = http.as(MembershipCases.SECRETARY).getForEntity("/api/societies/" + society, String.class);
    assertThat(record.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode memberships = json.readTree(record.getBody()).get("nationalMemberships");
    assertThat(memberships).hasSize(2);
    JsonNode bbssl = memberships.get(0);
    assertThat(bbssl.get("nationalSociety").asText()).isEqualTo("BBSSL");
    assertThat(bbssl.get("status").asText()).isEqualTo("ADMITTED");
    assertThat(bbssl.get("membershipNumber").asText()).isEqualTo(cases.driver.variable(key, "membershipNumber"));
    assertThat(bbssl.get("admittedOn").asText()).isEqualTo(cases.driver.variable(key, "admittedOn"));
    assertThat(bbssl.get("applicationNumber").asText()).isEqualTo(key);
    assertThat(memberships.get(1).get("nationalSociety").asText()).isEqualTo("NCOL");
    assertThat(memberships.get(1).get("status").asText()).isEqualTo("OPEN");
    assertThat(memberships.get(1).get("applicationNumber").asText()).isEqualTo(open);
    assertThat(memberships.get(1).has("membershipNumber")).isFalse();
  }

  @Test
  void badInputIsA400NamingEachFieldAndStartsNothing() throws Exception {
    String society = cases.society("MPACS", MembershipCases.SECRETARY);
    Map<String, Object> missing = body(society, "NCEL");
    missing.remove("authorisedSignatory");
    missing.put("nationalSociety", "IFFCO");
    missing.put("amountPaid", -1);
    assertThat(fields(http.post(MembershipCases.SECRETARY, PATH, missing)))
        .containsExactly("amountPaid", "authorisedSignatory", "nationalSociety");

    Map<String, Object> shortPaid = body(society, "BBSSL");
    shortPaid.put("amountPaid", 4000);
    ResponseEntity<String> response = http.post(MembershipCases.SECRETARY, PATH, shortPaid);
    assertThat(fields(response)).containsExactly("amountPaid");
    assertThat(response.getBody()).contains("must be paid in full: ₹5,000, not ₹4,000");

    Map<String, Object> noShares = body(society, "BBSSL");
    noShares.remove("sharesSubscribed");
    assertThat(fields(http.post(MembershipCases.SECRETARY, PATH, noShares))).containsExactly("sharesSubscribed");

    Map<String, Object> badDate = body(society, "NCEL");
    badDate.put("boardResolutionDate", "10/01/2026");
    assertThat(fields(http.post(MembershipCases.SECRETARY, PATH, badDate))).containsExactly("boardResolutionDate");

    assertThat(fields(http.post(MembershipCases.SECRETARY, PATH, body("RJ/UDR/NONE/1", "NCEL"))))
        .containsExactly("registrationNumber");
    String notTheirs = cases.society("MPACS", null);
    ResponseEntity<String> stranger = http.post(MembershipCases.SECRETARY, PATH, body(notTheirs, "NCEL"));
    assertThat(fields(stranger)).containsExactly("registrationNumber");
    assertThat(stranger.getBody()).contains("only the society's secretary");

    assertThat(rows(society) + rows(notTheirs)).isZero();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .variableValueEquals("registrationNumber", society).count()).isZero();
  }

  @Test
  void onlyApplicantsMayApply() {
    String society = cases.society("MPACS", "ncel.board");
    assertThat(http.post("ncel.board", PATH, body(society, "NCEL")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.anonymous().postForEntity(PATH, Http.json(body(society, "NCEL")), String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rows(society)).isZero();
  }

  private int rows(String society) {
    return jdbc.queryForObject("select count(*) from national_membership where registration_number = ?", Integer.class, society);
  }

  private List<String> fields(ResponseEntity<String> response) throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    List<String> fields = new ArrayList<>();
    json.readTree(response.getBody()).get("errors").forEach(e -> fields.add(e.get("field").asText()));
    return fields;
  }
}
