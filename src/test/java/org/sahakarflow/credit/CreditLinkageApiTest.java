package org.sahakarflow.credit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.sahakarflow.CaseDriver;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.StepIds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** POST /api/credit-linkages: who may ask, what is refused, and that nothing is half-written; who acts for the DCCB. */
@SahakarTest
class CreditLinkageApiTest {

  static final String PATH = "/api/credit-linkages";
  static final String SECRETARY = "applicant.rj-udr";

  @Autowired
  Http http;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  ProcessEngine engine;
  final ObjectMapper json = new ObjectMapper();

  @Test
  void theSecretaryStartsALinkageAndASecondWaitsForTheFirstToEnd() throws Exception {
    String society = society();
    ResponseEntity<String> created = http.post(SECRETARY, PATH, Map.of("registrationNumber", society));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String number = json.readTree(created.getBody()).get("applicationNumber").asText();
    assertThat(number).matches("RJ-UDR-CREDIT-\\d{4}-\\d{6}");
    assertThat(created.getHeaders().getLocation()).hasToString(PATH + "/" + number);

    ResponseEntity<String> again = http.post(SECRETARY, PATH, Map.of("registrationNumber", society));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(json.readTree(again.getBody()).get("detail").asText())
        .isEqualTo("the society's credit linkage " + number + " is still open; it must end before another starts");
    assertThat(rows(society)).isEqualTo(1);
  }

  @Test
  void badInputIsNamedAndStartsNothing() throws Exception {
    String society = society();
    long before = jdbc.queryForObject("select count(*) from credit_linkage", Long.class);
    assertThat(fields(http.post(SECRETARY, PATH, Map.of()))).containsExactly("registrationNumber");
    assertThat(fields(http.post(SECRETARY, PATH, Map.of("registrationNumber", "x".repeat(61)))))
        .containsExactly("registrationNumber");
    assertThat(fields(http.post(SECRETARY, PATH, Map.of("registrationNumber", "RJ/UDR/NONE/1"))))
        .containsExactly("registrationNumber");
    String notTheirs = society("secretary.of-another-society");
    ResponseEntity<String> stranger = http.post(SECRETARY, PATH, Map.of("registrationNumber", notTheirs));
    assertThat(fields(stranger)).containsExactly("registrationNumber");
    assertThat(stranger.getBody()).contains("only the society's secretary");
    assertThat(jdbc.queryForObject("select count(*) from credit_linkage", Long.class)).isEqualTo(before);
  }

  @Test
  void aBankOfficerCannotStartOneAndNobodyAnonymously() {
    String society = society();
    assertThat(http.post("dccb.rj-udr", PATH, Map.of("registrationNumber", society)).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.anonymous().postForEntity(PATH, Http.json(Map.of("registrationNumber", society)), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rows(society)).isZero();
  }

  @Test
  void theHeadOfficeAdmitsOverEngineRestAndTheBranchCannot() throws Exception {
    String society = society();
    String number = json.readTree(http.post(SECRETARY, PATH, Map.of("registrationNumber", society)).getBody())
        .get("applicationNumber").asText();
    CaseDriver cases = new CaseDriver(engine);
    cases.complete(number, StepIds.TASK_RESOLVE_BORROWING, null, CaseDriver.vars("resolutionNumber", "GB/2026/3",
        "ownedFunds", 100_000L, "borrowingLimit", 500_000L, "shareMoneyPaid", 10_000L, "shareMoneyReference", "UTR0001"));
    String admission = cases.task(number, StepIds.TASK_ADMIT_SOCIETY).getId();
    Map<String, Object> admit = Map.of("variables", Map.of("admission", Map.of("value", "ADMIT", "type", "String")));

    assertThat(http.post("dccb.rj-udr", "/engine-rest/task/" + admission + "/submit-form", admit).getStatusCode())
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(cases.task(number, StepIds.TASK_ADMIT_SOCIETY).getId()).isEqualTo(admission);
    assertThat(http.post("dccb-ho.rj-udr", "/engine-rest/task/" + admission + "/submit-form", admit).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(jdbc.queryForObject("select status from credit_linkage where application_number = ?", String.class, number))
        .isEqualTo("AFFILIATED");
  }

  private long rows(String society) {
    return jdbc.queryForObject("select count(*) from credit_linkage where registration_number = ?", Long.class, society);
  }

  private List<String> fields(ResponseEntity<String> response) throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    List<String> fields = new ArrayList<>();
    for (JsonNode error : json.readTree(response.getBody()).get("errors")) {
      fields.add(error.get("field").asText());
    }
    return fields;
  }

  private String society() {
    return society(SECRETARY);
  }

  private String society(String secretary) {
    return CreditCases.society(jdbc, secretary);
  }
}
