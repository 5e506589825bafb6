package org.sahakarflow.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sahakarflow.CaseDriver.vars;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahakarflow.CaseDriver;
import org.sahakarflow.Cases;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.TestUsers;
import org.sahakarflow.StepIds;
import org.sahakarflow.identity.Groups;
import org.sahakarflow.system.India;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A society's name is the State's to give once: refused while a registered society or an open
 * application has it, however it is spelt, through the API, Tasklist's start form and the
 * revision step alike; held after a refusal through the last day of the appeal window and free
 * the day after, a refusal for an unanswered query too; free at once when the case is withdrawn.
 */
@SahakarTest
class SocietyNameReservationTest {

  static final String APPLICANT = "applicant.rj-udr";

  @Autowired
  ProcessEngine engine;
  @Autowired
  Http http;
  @Autowired
  JdbcTemplate jdbc;
  final ObjectMapper json = new ObjectMapper();
  CaseDriver cases;

  @BeforeEach
  void driver() {
    cases = new CaseDriver(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aNameDifferingOnlyInCaseSpacingPunctuationOrLimitedIsTakenAndNothingIsWritten() throws Exception {
    String name = unique("Girwa Seva Sahakari Samiti");
    assertThat(file("RJ", "RJ-UDR", name).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Writes before = writes("RJ-UDR");

    for (String variant : List.of(name.toUpperCase(), "  " + name.replace(" ", "   ") + " ",
        name.replace(" ", "-") + ".", name + " Ltd.", name + " Limited", name + " Maryadit")) {
      ResponseEntity<String> refused = file("RJ", "RJ-UDR", variant);
      assertThat(refused.getStatusCode()).as(variant).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(errors(refused)).as(variant).containsExactly("societyName: " + NameReservations.UNDER_CONSIDERATION);
    }
    assertThat(writes("RJ-UDR")).as("no case, register row, reservation or number").isEqualTo(before);

    assertThat(file("RJ", "RJ-UDR", name + " Two").getStatusCode()).as("one word more is another name")
        .isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void aNameWithoutALetterOrDigitCannotBeToldApart() {
    assertThat(errors(file("RJ", "RJ-UDR", "- . -"))).containsExactly("societyName: must have a letter or a digit");
  }

  @Test
  void anotherStateMayGiveTheSameName() {
    String name = unique("Bhuwana Dugdh Utpadak Samiti");
    assertThat(file("RJ", "RJ-UDR", name).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(file("AP", "AP-TPT", name, "applicant.ap-tpt").getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void aSocietyOnRecordKeepsItsNameAndIsNamedByItsNumber() throws Exception {
    String imported = unique("Old Kheda Sahakari Samiti");
    String number = "RJ/UDR/OLD/" + UUID.randomUUID().toString().substring(0, 8);
    String csv = "registrationNumber,name,type,stateCode,districtCode,registeredOn\n"
        + number + "," + imported + " Limited,MPACS,RJ,RJ-UDR,1990-01-01\n";
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.valueOf("text/csv"));
    assertThat(http.as("registrar.rj").exchange("/api/societies/import", HttpMethod.POST,
        new HttpEntity<>(csv.getBytes(StandardCharsets.UTF_8), headers), String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(errors(file("RJ", "RJ-UDR", imported))).singleElement().asString()
        .startsWith("societyName: is the name of the registered society " + number + " (");

    String registered = unique("Nai Kheda Sahakari Samiti");
    String key = atScrutiny(registered, 25);
    cases.complete(key, StepIds.TASK_SCRUTINISE_APPLICATION, "rcs.rj-udr", vars("scrutinyOutcome", "DECIDE"));
    cases.complete(key, StepIds.TASK_DECIDE_REGISTRATION, "rcs.rj-udr", vars("decision", "REGISTER"));
    assertThat(cases.instances(key)).as("the case has ended").isEmpty();
    assertThat(reservation(key)).containsEntry("STATUS", "REGISTERED").containsEntry("HELD", "Y")
        .containsEntry("REGISTRATION_NUMBER", cases.variable(key, "registrationNumber"));
    assertThat(errors(file("RJ", "RJ-UDR", registered + " Ltd"))).containsExactly("societyName: is the name of the"
        + " registered society " + cases.variable(key, "registrationNumber")
        + " (names are compared without case, spacing, punctuation or \"Limited\")");
  }

  @Test
  void tasklistsStartFormIsRefusedWithTheNamesProblemAndStartsNothing() throws Exception {
    String name = unique("Kheda Matsya Sahakari Samiti");
    assertThat(file("RJ", "RJ-UDR", name).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Writes before = writes("RJ-UDR");

    ResponseEntity<String> refused = http.post(APPLICANT,
        "/engine-rest/process-definition/key/mpacs-registration/submit-form", startForm(name.toLowerCase()));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(refused.getBody()).get("message").asText())
        .contains("societyName " + NameReservations.UNDER_CONSIDERATION);
    assertThat(writes("RJ-UDR")).isEqualTo(before);
    assertThat(http.post(APPLICANT, "/engine-rest/process-definition/key/mpacs-registration/submit-form",
        startForm(name + " Two")).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void aRefusedNameIsHeldThroughTheLastDayToAppealAndFreeTheDayAfter() {
    String name = unique("Girwa Krishak Sahakari Samiti");
    String key = refused(name);
    LocalDate deadline = LocalDate.parse((String) cases.variable(key, "appealDeadline"));
    assertThat(reservation(key)).containsEntry("STATUS", "REFUSED")
        .containsEntry("HELD_UNTIL", java.sql.Date.valueOf(deadline));

    at(deadline, LocalTime.of(23, 0));
    assertThat(errors(file("RJ", "RJ-UDR", name))).containsExactly("societyName: " + NameReservations.UNDER_CONSIDERATION);

    at(deadline.plusDays(1), LocalTime.of(0, 5));
    ResponseEntity<String> taken = file("RJ", "RJ-UDR", name + " Limited");
    assertThat(taken.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(reservation(key)).containsEntry("STATUS", "RELEASED").containsEntry("HELD", null);
    assertThat(reservation(number(taken))).containsEntry("STATUS", "OPEN").containsEntry("HELD", "Y");
  }

  @Test
  void anAdmittedAppealHoldsTheNameBeyondTheWindowAndAConfirmedRefusalReleasesIt() {
    String name = unique("Udaipur Van Upaj Sahakari Samiti");
    String key = refused(name);
    LocalDate deadline = LocalDate.parse((String) cases.variable(key, "appealDeadline"));
    cases.apply(AppealAdmission.APPEAL_PROCESS, APPLICANT, vars("applicationNumber", key,
        "appealGrounds", "The plan was viable", "stateCode", "RJ"));
    cases.runAsyncSteps(key);
    assertThat(reservation(key)).containsEntry("STATUS", "OPEN").containsEntry("HELD_UNTIL", null);

    at(deadline.plusDays(1), LocalTime.NOON);
    ResponseEntity<String> again = file("RJ", "RJ-UDR", name);
    assertThat(again.getStatusCode()).as("the appeal is being heard").isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody()).as("the applicant's own case, named").contains(key + " is open");

    cases.complete(key, StepIds.TASK_HEAR_APPEAL, "registrar.rj",
        vars("appealOrder", "CONFIRM", "appealOrderReasons", "Refusal upheld."));
    assertThat(reservation(key)).containsEntry("STATUS", "RELEASED");
    assertThat(file("RJ", "RJ-UDR", name).getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void aRefusalReversedOnAppealKeepsTheNameForTheSociety() {
    String name = unique("Girwa Mahila Sahakari Samiti");
    String key = refused(name);
    cases.apply(AppealAdmission.APPEAL_PROCESS, APPLICANT, vars("applicationNumber", key,
        "appealGrounds", "The plan was viable", "stateCode", "RJ"));
    cases.runAsyncSteps(key);
    cases.complete(key, StepIds.TASK_HEAR_APPEAL, "registrar.rj",
        vars("appealOrder", "REVERSE", "appealOrderReasons", "The plan was viable; register."));
    assertThat(reservation(key)).containsEntry("STATUS", "REGISTERED").containsEntry("HELD", "Y");
    assertThat(errors(file("RJ", "RJ-UDR", name))).singleElement().asString()
        .startsWith("societyName: is the name of the registered society RJ/UDR/MPACS/");
  }

  @Test
  void anUnansweredQueryIsARefusalAndHoldsTheNameThroughItsAppealWindow() {
    String name = unique("Kheda Bunkar Sahakari Samiti");
    String key = atScrutiny(name, 25);
    cases.complete(key, StepIds.TASK_SCRUTINISE_APPLICATION, "rcs.rj-udr",
        vars("scrutinyOutcome", "QUERY", "queryText", "Attach the bank certificate"));
    Job replyWindow = cases.timer(key, StepIds.TIMER_REPLY_WINDOW_CLOSED);
    ClockUtil.setCurrentTime(new Date(replyWindow.getDuedate().getTime() + 60_000));
    engine.getManagementService().executeJob(replyWindow.getId());
    cases.runAsyncSteps(key);
    assertThat(cases.instances(key)).isEmpty();

    LocalDate deadline = LocalDate.parse((String) cases.variable(key, "appealDeadline"));
    assertThat(reservation(key)).containsEntry("STATUS", "REFUSED")
        .containsEntry("HELD_UNTIL", java.sql.Date.valueOf(deadline));
    assertThat(errors(file("RJ", "RJ-UDR", name))).containsExactly("societyName: " + NameReservations.UNDER_CONSIDERATION);
    at(deadline.plusDays(1), LocalTime.NOON);
    assertThat(file("RJ", "RJ-UDR", name).getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void aWithdrawnCaseGivesUpItsNameEvenWhenItsListenersAreSkipped() {
    String name = unique("Kheda Kumhar Sahakari Samiti");
    String key = atScrutiny(name, 25);
    String root = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(key)
        .processDefinitionKey("mpacs-registration").singleResult().getId();

    engine.getRuntimeService().deleteProcessInstance(root, "withdrawn by the promoters", true);

    assertThat(reservation(key)).containsEntry("STATUS", "RELEASED").containsEntry("HELD", null);
    assertThat(file("RJ", "RJ-UDR", name).getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void aRevisedApplicationMayTakeAnotherNameOnlyIfItIsFree() throws Exception {
    String name = unique("Girwa Pashupalak Sahakari Samiti");
    String taken = unique("Girwa Pashupalak Sahakari Samiti");
    assertThat(file("RJ", "RJ-UDR", taken).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    // ten promoters where Rajasthan asks for fifteen: back to the applicant to revise
    String key = cases.apply("mpacs-registration", APPLICANT, application(name, 10)).getBusinessKey();
    cases.runAsyncSteps(key);
    cases.uploadDocuments(key);
    Task revise = cases.task(key, StepIds.TASK_REVISE_APPLICATION);

    ResponseEntity<String> refused = revise(revise, taken.toUpperCase() + " Ltd");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(refused.getBody()).get("message").asText())
        .contains("societyName: " + NameReservations.UNDER_CONSIDERATION);
    assertThat(engine.getTaskService().createTaskQuery().taskId(revise.getId()).count()).isOne();
    assertThat(cases.variable(key, "societyName")).isEqualTo(name);
    assertThat(reservation(key)).containsEntry("SOCIETY_NAME", name);
    assertThat(revise(revise, "<b>" + name + " New</b>").getBody()).contains("societyName");

    String renamed = name + " New";
    assertThat(revise(revise, renamed).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(cases.variable(key, "societyName")).isEqualTo(renamed);
    assertThat(reservation(key)).containsEntry("SOCIETY_NAME", renamed).containsEntry("STATUS", "OPEN");
    assertThat(errors(file("RJ", "RJ-UDR", renamed))).containsExactly("societyName: " + NameReservations.UNDER_CONSIDERATION);
    assertThat(file("RJ", "RJ-UDR", name).getStatusCode()).as("the old name is free again").isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void delhiAsksForLimitedAsTheLastWordAndNamesTheAct() {
    String applicant = delhiApplicant();
    String name = unique("Shahdara Sahakari Samiti");
    Writes before = writes("DL-EAS");
    for (String bare : List.of(name, "Shahdara Limited Sahakari Samiti " + UUID.randomUUID().toString().substring(0, 8))) {
      assertThat(errors(file("DL", "DL-EAS", bare, applicant))).as(bare).containsExactly("societyName: must end with"
          + " \"Limited\" (or its equivalent, such as \"Ltd\" or \"Maryadit\"), as the Delhi Co-operative Societies"
          + " Act 2003, s.4(2) requires");
    }
    assertThat(writes("DL-EAS")).isEqualTo(before);
    assertThat(file("DL", "DL-EAS", name + " Ltd.", applicant).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(file("DL", "DL-EAS", unique("Shahdara Sahakari Samiti") + " Maryadit", applicant).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    assertThat(file("RJ", "RJ-UDR", name).getStatusCode()).as("Rajasthan has no such rule on record")
        .isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void theCentralRegistrarAsksForLimitedAsTheMultiStateActDoes() {
    String name = unique("Mewar Gujarat Dugdh Sahakari Samiti");
    Map<String, Object> bare = MultiStateRegistrationTest.application(50, 50);
    bare.put("societyName", name);
    assertThat(errors(http.post(MultiStateRegistrationTest.APPLICANT, "/api/registrations", bare))).containsExactly(
        "societyName: must end with \"Limited\" (or its equivalent, such as \"Ltd\" or \"Maryadit\"), as the"
            + " Multi-State Co-operative Societies Act 2002, s.5(3) requires");
    Map<String, Object> limited = MultiStateRegistrationTest.application(50, 50);
    limited.put("societyName", name + " Limited");
    assertThat(http.post(MultiStateRegistrationTest.APPLICANT, "/api/registrations", limited).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    assertThat(file("RJ", "RJ-UDR", name).getStatusCode()).as("the Central Registrar's names are its own")
        .isEqualTo(HttpStatus.CREATED);
  }

  // --- helpers

  private String delhiApplicant() {
    return TestUsers.ensure(engine.getIdentityService(), "applicant.dl-eas", Groups.APPLICANTS, "DL");
  }

  private ResponseEntity<String> file(String state, String district, String name) {
    return file(state, district, name, APPLICANT);
  }

  private ResponseEntity<String> file(String state, String district, String name, String applicant) {
    Map<String, Object> application = Cases.mpacsApplication(state, district);
    application.put("societyName", name);
    return http.post(applicant, "/api/registrations", application);
  }

  private List<String> errors(ResponseEntity<String> response) throws RuntimeException {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    try {
      JsonNode errors = json.readTree(response.getBody()).get("errors");
      return java.util.stream.StreamSupport.stream(errors.spliterator(), false)
          .map(e -> e.get("field").asText() + ": " + e.get("reason").asText()).toList();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private String number(ResponseEntity<String> created) {
    try {
      return json.readTree(created.getBody()).get("applicationNumber").asText();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private Map<String, Object> reservation(String applicationNumber) {
    return jdbc.queryForMap("select status, held, held_until, society_name, registration_number"
        + " from society_name_reservation where application_number = ?", applicationNumber);
  }

  private static String unique(String name) {
    return name + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  private static void at(LocalDate day, LocalTime time) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(time).atZone(India.ZONE).toInstant()));
  }

  private static Map<String, Object> application(String name, int promoters) {
    Map<String, Object> variables = CaseDriver.application("RJ", "RJ-UDR", promoters);
    variables.put("societyName", name);
    return variables;
  }

  private String atScrutiny(String name, int promoters) {
    String key = cases.apply("mpacs-registration", APPLICANT, application(name, promoters)).getBusinessKey();
    cases.runAsyncSteps(key);
    cases.uploadDocuments(key);
    cases.complete(key, StepIds.TASK_RECORD_VIABILITY_NOTE, null, vars("viabilityNote", "viable", "viable", true));
    return key;
  }

  private String refused(String name) {
    String key = atScrutiny(name, 25);
    cases.complete(key, StepIds.TASK_SCRUTINISE_APPLICATION, "rcs.rj-udr", vars("scrutinyOutcome", "DECIDE"));
    cases.complete(key, StepIds.TASK_DECIDE_REGISTRATION, "rcs.rj-udr",
        vars("decision", "REFUSE", "refusalReasons", "No viable business plan"));
    assertThat(cases.instances(key)).as("the case has ended").isEmpty();
    return key;
  }

  private ResponseEntity<String> revise(Task task, String name) {
    ObjectNode variables = json.createObjectNode();
    variables.putObject("societyName").put("value", name).put("type", "String");
    variables.putObject("promoters").put("value", promoterRows(15)).put("type", "Json");
    variables.putObject("shareCapitalPaid").put("value", 150000).put("type", "Double");
    variables.putObject("modelByeLawsAdopted").put("value", true).put("type", "Boolean");
    ObjectNode body = json.createObjectNode();
    body.set("variables", variables);
    return http.post(APPLICANT, "/engine-rest/task/" + task.getId() + "/submit-form", body.toString());
  }

  /** Tasklist's start form of an M-PACS application in Udaipur, under the name. */
  private String startForm(String name) {
    String serial = UUID.randomUUID().toString().substring(0, 8);
    ObjectNode variables = json.createObjectNode();
    Map<String, String> text = Map.ofEntries(Map.entry("societyName", name), Map.entry("stateCode", "RJ"),
        Map.entry("districtCode", "RJ-UDR"), Map.entry("block", "Girwa"), Map.entry("gramPanchayat", "Kheda " + serial),
        Map.entry("areaOfOperation", "Kheda and Bhuwana villages"), Map.entry("objects", "crop loans"),
        Map.entry("dccbAccountNumber", "UDR-" + serial),
        Map.entry("creditBalanceCertificateNumber", "CBC/2026/" + serial),
        Map.entry("chiefPromoterEmail", "promoter-" + serial + "@example.in"),
        Map.entry("chiefPromoterMobile", "9876543210"));
    text.forEach((key, value) -> variables.putObject(key).put("value", value).put("type", "String"));
    variables.putObject("promoters").put("value", promoterRows(25)).put("type", "Json");
    variables.putObject("shareCapitalSubscribed").put("value", 150000).put("type", "Double");
    variables.putObject("shareCapitalPaid").put("value", 150000).put("type", "Double");
    variables.putObject("modelByeLawsAdopted").put("value", true).put("type", "Boolean");
    ObjectNode body = json.createObjectNode();
    body.set("variables", variables);
    return body.toString();
  }

  /** Promoter rows as Tasklist's forms send them: a JSON list, in a {@code Json} variable. */
  private static String promoterRows(int count) {
    String family = UUID.randomUUID().toString().substring(0, 8);
    return IntStream.rangeClosed(1, count).mapToObj(i -> "{\"name\": \"Promoter " + i + "\", \"householdId\": \"HH-"
        + family + "-" + i + "\", \"village\": \"Kheda\", \"sharesSubscribed\": 10}")
        .collect(Collectors.joining(",", "[", "]"));
  }

  /** What a refused filing must leave as it was. */
  private Writes writes(String district) {
    return new Writes(
        engine.getHistoryService().createHistoricProcessInstanceQuery().count(),
        jdbc.queryForObject("select count(*) from application_register", Long.class),
        jdbc.queryForObject("select count(*) from society_name_reservation", Long.class),
        jdbc.queryForList("select last_value from number_sequence where scope like ?", Long.class,
            district + "-MPACS-%"));
  }

  record Writes(long cases, long applications, long reservations, List<Long> numbers) {
  }
}
