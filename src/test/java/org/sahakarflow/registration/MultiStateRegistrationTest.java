package org.sahakarflow.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sahakarflow.CaseDriver.vars;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sahakarflow.CaseDriver;
import org.sahakarflow.Cases;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.StepIds;
import org.sahakarflow.sla.StatutoryExtensions;
import org.sahakarflow.system.ConflictException;
import org.sahakarflow.system.India;
import org.sahakarflow.system.InvalidInputException;
import org.sahakarflow.system.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A multi-State society (MSCS Act 2002) applies to the Central Registrar (MS, office MS-CRC): 50
 * promoters from different families in each State of its area of operation, the Registrar's 3
 * calendar months from submission, up to 2 more at the applicant's request, numbers MSCS/CR/n/year.
 */
@SahakarTest
class MultiStateRegistrationTest {

  static final String APPLICANT = "applicant.ms";
  static final String OFFICER = "rcs.ms-crc";

  @Autowired
  Http http;
  @Autowired
  ProcessEngine engine;
  @Autowired
  TaskService tasks;
  @Autowired
  ManagementService management;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  StatutoryExtensions extensions;
  final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** A dairy society serving Gujarat and Rajasthan, registered office in Udaipur, as the API takes it. */
  static Map<String, Object> application(int fromGujarat, int fromRajasthan) {
    Map<String, Object> body = Cases.mpacsApplication("MS", "MS-CRC");
    body.put("societyType", "DAIRY");
    body.put("multiState", true);
    body.put("areaStates", List.of("RJ", "GJ"));
    body.put("officeStateCode", "RJ");
    body.put("officeDistrictCode", "RJ-UDR");
    body.put("promoters", promoters(fromGujarat, fromRajasthan));
    return body;
  }

  static List<Map<String, Object>> promoters(int fromGujarat, int fromRajasthan) {
    List<Map<String, Object>> promoters = new ArrayList<>();
    long serial = System.nanoTime();
    for (int i = 1; i <= fromGujarat + fromRajasthan; i++) {
      String state = i <= fromGujarat ? "GJ" : "RJ";
      promoters.add(new HashMap<>(Map.of("name", "Promoter " + i, "householdId", state + "-HH-" + serial + "-" + i,
          "village", "Kheda", "sharesSubscribed", 10, "stateCode", state)));
    }
    return promoters;
  }

  @Test
  void fiftyPromotersFromEachStateAreAcceptedAndFortyNineFromOneAreRefusedNamingIt() throws Exception {
    int before = applications();
    ResponseEntity<String> short1 = http.post(APPLICANT, "/api/registrations", application(49, 50));
    assertThat(short1.getStatusCode()).as(short1.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(short1.getBody()).contains("promoters", "49 promoters from different families in GJ")
        .doesNotContain("in RJ");
    ResponseEntity<String> short2 = http.post(APPLICANT, "/api/registrations", application(50, 49));
    assertThat(short2.getBody()).contains("49 promoters from different families in RJ").doesNotContain("in GJ");
    assertThat(applications()).as("nothing written").isEqualTo(before);

    // a family counts once in its State: 50 Gujarat promoters from 49 households are too few
    Map<String, Object> sameFamily = application(50, 50);
    List<Map<String, Object>> promoters = (List<Map<String, Object>>) sameFamily.get("promoters");
    promoters.get(1).put("householdId", promoters.get(0).get("householdId"));
    assertThat(http.post(APPLICANT, "/api/registrations", sameFamily).getBody())
        .contains("49 promoters from different families in GJ");

    ResponseEntity<String> accepted = http.post(APPLICANT, "/api/registrations", application(50, 50));
    assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.CREATED);
    String number = json.readTree(accepted.getBody()).get("applicationNumber").asText();
    assertThat(number).matches("MS-CRC-DAIRY-\\d{4}-\\d{6}");
    assertThat(applications()).isEqualTo(before + 1);
    JsonNode filed = json.readTree(http.as(APPLICANT).getForEntity("/api/registrations/" + number, String.class).getBody());
    assertThat(filed.path("multiState").path("areaStates").toString()).isEqualTo("[\"GJ\",\"RJ\"]");
    assertThat(filed.path("multiState").path("officeDistrictCode").asText()).isEqualTo("RJ-UDR");
  }

  @Test
  void aMultiStateApplicationMustBeFiledWithTheCentralRegistrarAndSayWhereItsMembersAre() throws Exception {
    int before = applications();
    Map<String, Object> toRajasthan = application(50, 50);
    toRajasthan.put("stateCode", "RJ");
    toRajasthan.put("districtCode", "RJ-UDR");
    assertRejected(toRajasthan, "stateCode");

    Map<String, Object> notMultiState = application(50, 50);
    notMultiState.put("multiState", false);
    assertRejected(notMultiState, "multiState", "areaStates", "officeStateCode", "officeDistrictCode");

    Map<String, Object> oneState = application(0, 50);
    oneState.put("areaStates", List.of("RJ", "RJ"));
    assertRejected(oneState, "areaStates");

    Map<String, Object> nowhere = application(50, 50);
    nowhere.put("areaStates", List.of("RJ", "GJ", "MS"));
    nowhere.put("officeStateCode", "MP");
    assertRejected(nowhere, "areaStates", "officeStateCode");

    Map<String, Object> officeElsewhere = application(50, 50);
    officeElsewhere.put("officeDistrictCode", "GJ-AHM");
    assertRejected(officeElsewhere, "officeDistrictCode");

    Map<String, Object> promoterElsewhere = application(50, 50);
    List<Map<String, Object>> promoters = (List<Map<String, Object>>) promoterElsewhere.get("promoters");
    promoters.get(0).put("stateCode", "MP");
    promoters.get(3).remove("stateCode");
    assertRejected(promoterElsewhere, "promoters[0].stateCode", "promoters[3].stateCode");

    Map<String, Object> stateSociety = Cases.mpacsApplication("RJ", "RJ-UDR");
    ((List<Map<String, Object>>) stateSociety.get("promoters")).get(0).put("stateCode", "GJ");
    ResponseEntity<String> response = http.post("applicant.rj-udr", "/api/registrations", stateSociety);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("promoters[0].stateCode");
    assertThat(applications()).as("nothing written").isEqualTo(before);
  }

  @Test
  void tasklistsPromoterListCountsEachStateAndSendsAShortApplicationBackNamingTheState() {
    CaseDriver cases = new CaseDriver(engine);
    String shortOne = cases.apply("dairy-registration", APPLICANT, startForm(50, 49)).getBusinessKey();
    cases.runAsyncSteps(shortOne);
    cases.uploadDocuments(shortOne);
    assertThat(cases.task(shortOne, StepIds.TASK_REVISE_APPLICATION)).isNotNull();
    assertThat((String) cases.variable(shortOne, "eligibilityReport"))
        .contains("49 promoters from different families in RJ").doesNotContain("in GJ");

    String key = cases.apply("dairy-registration", APPLICANT, startForm(50, 50)).getBusinessKey();
    cases.runAsyncSteps(key);
    cases.uploadDocuments(key);
    assertThat(groups(key, StepIds.TASK_RECORD_MILK_SURVEY)).containsExactly("milk-union:MS-CRC");
    cases.complete(key, StepIds.TASK_RECORD_MILK_SURVEY, null, vars("milchAnimals", 400L,
        "surplusMilkLitresPerDay", 900.0, "collectionRoute", "Kheda to Udaipur dairy", "surveyFavourable", true));
    assertThat(groups(key, StepIds.TASK_SCRUTINISE_APPLICATION)).containsExactly("rcs-district:MS-CRC");
    assertThat(cases.task(key, StepIds.TASK_SCRUTINISE_APPLICATION).getTenantId()).isEqualTo("MS");

    cases.complete(key, StepIds.TASK_SCRUTINISE_APPLICATION, OFFICER, vars("scrutinyOutcome", "DECIDE"));
    cases.complete(key, StepIds.TASK_DECIDE_REGISTRATION, OFFICER, vars("decision", "REGISTER"));
    String number = (String) cases.variable(key, "registrationNumber");
    assertThat(number).matches("MSCS/CR/\\d+/" + India.dateOf(new Date()).getYear());
    assertThat(jdbc.queryForMap("select state_code, district_code from society where registration_number = ?", number))
        .containsEntry("state_code", "MS").containsEntry("district_code", "MS-CRC");
  }

  @Test
  void theCentralRegistrarsLimitIsThreeCalendarMonthsToTheEndOfTheDayThenTheCentralRegistrarIsPutBeforeIt() {
    // submitted on 2 March: three months end on 2 June, where 90 days would end on 31 May
    ClockUtil.setCurrentTime(India.startOf(LocalDate.of(2026, 3, 2)));
    String key = atMilkSurvey();
    Job limit = new CaseDriver(engine).timer(key, StepIds.START_STATUTORY_LIMIT_REACHED);
    assertThat(limit.getDuedate()).isEqualTo(India.endOf(LocalDate.of(2026, 6, 2)));

    ClockUtil.setCurrentTime(new Date(limit.getDuedate().getTime() - 60_000));
    assertThat(executable(limit)).as("still the last day").isFalse();
    ClockUtil.setCurrentTime(India.startOf(LocalDate.of(2026, 6, 3)));
    assertThat(executable(limit)).isTrue();
    management.executeJob(limit.getId());
    new CaseDriver(engine).runAsyncSteps(key);
    assertThat(groups(key, StepIds.TASK_RECORD_MILK_SURVEY)).containsExactlyInAnyOrder("milk-union:MS-CRC", "rcs-state:MS");
  }

  @Test
  void theApplicantAsksForUpToTwoMonthsMoreInAllBeforeExpiry() throws Exception {
    ClockUtil.setCurrentTime(India.startOf(LocalDate.of(2026, 5, 31)));
    String key = atMilkSurvey();
    Authentication applicant = new Authentication(APPLICANT, List.of("applicants"), List.of("MS"));
    assertThatThrownBy(() -> extensions.extendAtApplicantsRequest(key, 1, new Authentication("rcs.ms-crc", List.of())))
        .as("only the applicant asks").isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> extensions.extendAtApplicantsRequest(key, 3, applicant))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("months");

    StatutoryExtensions.Extension first = extensions.extendAtApplicantsRequest(key, 1, applicant);
    assertThat(first.previousLastDay()).isEqualTo(LocalDate.of(2026, 8, 31));
    // 4 months from 31 May, not 31 August + 1 month (30 September): the months run from submission
    assertThat(first.lastDay()).isEqualTo(LocalDate.of(2026, 9, 30));
    assertThatThrownBy(() -> extensions.extendAtApplicantsRequest(key, 2, applicant))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("from 1 to 1");

    // the last day of the extended limit: the second month is still asked in time
    ClockUtil.setCurrentTime(India.startOf(LocalDate.of(2026, 9, 30)));
    assertThat(extensions.extendAtApplicantsRequest(key, 1, applicant).lastDay()).isEqualTo(LocalDate.of(2026, 10, 31));
    Job limit = new CaseDriver(engine).timer(key, StepIds.START_STATUTORY_LIMIT_REACHED);
    assertThat(limit.getDuedate()).isEqualTo(India.endOf(LocalDate.of(2026, 10, 31)));
    ResponseEntity<String> third = http.post(APPLICANT, "/api/registrations/" + key + "/statutory-extension-request",
        Map.of("months", 1));
    assertThat(third.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(third.getBody()).contains("months", "have all been granted");
  }

  @Test
  void anExtensionIsRefusedAfterExpiryAndForAStateSocietysCase() throws Exception {
    ClockUtil.setCurrentTime(India.startOf(LocalDate.of(2026, 3, 2)));
    String key = atMilkSurvey();
    ClockUtil.setCurrentTime(India.startOf(LocalDate.of(2026, 6, 3)));
    assertThatThrownBy(() -> extensions.extendAtApplicantsRequest(key, 1,
        new Authentication(APPLICANT, List.of("applicants"), List.of("MS"))))
        .as("the day after the limit of 2 June").isInstanceOf(ConflictException.class)
        .hasMessageContaining("expired on 2026-06-02");
    ClockUtil.reset();

    CaseDriver cases = new CaseDriver(engine);
    String rajasthan = cases.apply("mpacs-registration", "applicant.rj-udr", CaseDriver.application("RJ", "RJ-UDR", 25))
        .getBusinessKey();
    cases.runAsyncSteps(rajasthan);
    ResponseEntity<String> refused = http.post("applicant.rj-udr",
        "/api/registrations/" + rajasthan + "/statutory-extension-request", Map.of("months", 1));
    assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(refused.getBody()).contains("only a multi-State society");
  }

  private String atMilkSurvey() {
    CaseDriver cases = new CaseDriver(engine);
    String key = cases.apply("dairy-registration", APPLICANT, startForm(50, 50)).getBusinessKey();
    cases.runAsyncSteps(key);
    cases.uploadDocuments(key);
    assertThat(cases.task(key, StepIds.TASK_RECORD_MILK_SURVEY)).isNotNull();
    return key;
  }

  /** The start form's variables: the promoters a row each with their State, the States as a tag list. */
  private static Map<String, Object> startForm(int fromGujarat, int fromRajasthan) {
    Map<String, Object> variables = CaseDriver.application("MS", "MS-CRC", 0);
    variables.remove("promoters");
    StringBuilder rows = new StringBuilder("[");
    for (int i = 1; i <= fromGujarat + fromRajasthan; i++) {
      String state = i <= fromGujarat ? "GJ" : "RJ";
      rows.append(i > 1 ? "," : "").append("{\"name\":\"Promoter ").append(i).append("\",\"householdId\":\"")
          .append(state).append("-HH-").append(i).append("\",\"village\":\"Kheda\",\"sharesSubscribed\":1,\"stateCode\":\"")
          .append(state).append("\"}");
    }
    variables.put("promoters", SpinValues.jsonValue(rows.append(']').toString()).create());
    variables.put("multiState", true);
    variables.put("areaStates", SpinValues.jsonValue("[\"GJ\",\"RJ\"]").create());
    variables.put("officeStateCode", "GJ");
    variables.put("officeDistrictCode", "GJ-AHM");
    return variables;
  }

  private void assertRejected(Map<String, Object> application, String... fields) throws Exception {
    ResponseEntity<String> response = http.post(APPLICANT, "/api/registrations", application);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    List<String> named = new ArrayList<>();
    json.readTree(response.getBody()).path("errors").forEach(e -> named.add(e.path("field").asText()));
    assertThat(named).as(response.getBody()).contains(fields);
  }

  private int applications() {
    return jdbc.queryForObject("select count(*) from application_register", Integer.class);
  }

  private boolean executable(Job job) {
    return management.createJobQuery().jobId(job.getId()).executable().count() == 1;
  }

  private List<String> groups(String key, String taskKey) {
    return tasks.getIdentityLinksForTask(new CaseDriver(engine).task(key, taskKey).getId()).stream()
        .map(IdentityLink::getGroupId).filter(g -> g != null).toList();
  }
}
