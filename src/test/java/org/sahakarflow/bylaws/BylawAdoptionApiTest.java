package org.sahakarflow.bylaws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
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
 * The amendment's checks as the API and Tasklist meet them: {@code POST /api/bylaw-adoptions},
 * the secretary's steps through engine REST (as Tasklist submits them), and the enclosed
 * documents served to the Registrar.
 */
@SahakarTest
class BylawAdoptionApiTest {

  static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);

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
  }

  @Test
  void aDairySocietyCannotAdoptTheModelByeLawsForPacsAndNothingIsOpened() throws Exception {
    String dairy = cases.society("RJ", "RJ-UDR", BylawCases.SECRETARY, "DAIRY");
    ResponseEntity<String> refused = http.post(BylawCases.SECRETARY, "/api/bylaw-adoptions",
        Map.of("registrationNumber", dairy));

    assertThat(fields(refused)).containsExactly("registrationNumber");
    assertThat(refused.getBody()).contains("the Model Bye-laws for PACS apply to PACS only", "DAIRY");
    assertThat(jdbc.queryForObject("select count(*) from bylaw_amendment where registration_number = ?",
        Long.class, dairy)).isZero();
  }

  @Test
  void theRegistrarNamesTheDaysHisDirectionGivesAndALastDayTheOfficeIsClosedRunsToTheNextWorkingDay() throws Exception {
    String society = cases.society("RJ", "RJ-UDR", BylawCases.SECRETARY);
    ClockUtil.setCurrentTime(India.startOf(LocalDate.of(2026, 3, 2)));
    ResponseEntity<String> refused = http.post(BylawCases.OFFICER, "/api/bylaw-adoptions/directions",
        Map.of("registrationNumber", society, "reasons", "Adopt the Model Bye-laws", "complyWithinDays", 0));
    assertThat(fields(refused)).containsExactly("complyWithinDays");
    assertThat(jdbc.queryForObject("select count(*) from bylaw_amendment where registration_number = ?",
        Long.class, society)).isZero();

    // 32 days from Monday 2 March end on Good Friday, 3 April, a holiday in Rajasthan
    ResponseEntity<String> directed = http.post(BylawCases.OFFICER, "/api/bylaw-adoptions/directions",
        Map.of("registrationNumber", society, "reasons", "Adopt the Model Bye-laws", "complyWithinDays", 32));
    assertThat(directed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String key = json.readTree(directed.getBody()).get("caseNumber").asText();
    assertThat(cases.driver.variable(key, BylawAdoption.COMPLY_BY)).isEqualTo("2026-04-04");
  }

  @Test
  void theMeetingFormTakesNoQuorumAndARecordOffByOneIsRefusedNamingTheField() throws Exception {
    String key = cases.atMeeting();
    String task = cases.driver.task(key, BylawAdoption.TASK_RECORD_MEETING).getId();
    String meetingDate = (String) cases.driver.variable(key, "earliestMeetingDate");

    Map<String, Object> typedQuorum = meeting(meetingDate, 99, 99, 66, 33);
    typedQuorum.put("quorumRequired", Map.of("value", 1, "type", "Integer"));
    assertThat(fields(submit(task, typedQuorum))).containsExactly("quorumRequired");
    assertThat(refusal(submit(task, meeting(meetingDate, 99, 99, 66, 32))))
        .contains("votesInFavour: votes in favour (66) and against (32) add up to 98, not the 99 members voting");
    assertThat(refusal(submit(task, meeting(meetingDate, 121, 99, 66, 33))))
        .contains("membersPresent: members present (121) exceed the 120 members on the roll");

    assertThat(submit(task, meeting(meetingDate, 99, 99, 66, 33)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(cases.driver.variable(key, "quorumRequired")).isEqualTo(24);
  }

  @Test
  void theNoticeBeforeTheBoardsApprovalIsRefusedNamingTheField() throws Exception {
    String key = cases.proposed();
    cases.draftApproved(key);
    String task = cases.driver.task(key, BylawAdoption.TASK_ISSUE_NOTICE).getId();
    Map<String, Object> notice = new LinkedHashMap<>();
    notice.put("noticeIssuedOn", Map.of("value", cases.today().minusDays(1).toString(), "type", "String"));
    notice.put("totalMembers", Map.of("value", 120, "type", "Integer"));
    notice.put("meetingVenue", Map.of("value", "Society office, 11 am: adoption of the Model Bye-laws", "type", "String"));

    assertThat(refusal(submit(task, notice))).contains("noticeIssuedOn: a notice dated "
        + cases.today().minusDays(1) + " predates the board's approval of the draft on " + cases.today());

    notice.put("noticeIssuedOn", Map.of("value", cases.today().toString(), "type", "String"));
    assertThat(submit(task, notice).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void theSubmissionNeedsItsFourDocumentsAndTheRegistrarReadsThem() throws Exception {
    String key = cases.atMeeting();
    cases.meeting(key, 99, 99, 66, 33);
    String task = cases.driver.task(key, BylawAdoption.TASK_SUBMIT).getId();
    Map<String, Object> files = new LinkedHashMap<>();
    for (String name : BylawAdoption.SUBMISSION_DOCUMENTS) {
      files.put(name, file(PDF, name + ".pdf"));
    }
    Map<String, Object> withoutCertificate = new LinkedHashMap<>(files);
    withoutCertificate.remove(BylawAdoption.PRESIDING_CERTIFICATE_DOCUMENT);

    assertThat(refusal(submit(task, withoutCertificate)))
        .contains("presidingOfficerCertificateDocument: upload the document as a file");
    assertThat(cases.driver.task(key, BylawAdoption.TASK_SUBMIT).getId()).isEqualTo(task);
    assertThat(submit(task, files).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    String path = "/api/bylaw-adoptions/" + key + "/documents/presidingOfficerCertificateDocument";
    ResponseEntity<byte[]> served = http.as(BylawCases.OFFICER).getForEntity(path, byte[].class);
    assertThat(served.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(served.getHeaders().getContentType()).hasToString("application/pdf");
    assertThat(served.getHeaders().getContentDisposition().getFilename()).isEqualTo("presidingOfficerCertificateDocument.pdf");
    assertThat(served.getBody()).isEqualTo(PDF);
    assertThat(http.as("rcs.ap-tpt").getForEntity(path, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(http.as(BylawCases.OFFICER).getForEntity("/api/bylaw-adoptions/" + key + "/documents/societyName",
        String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  private ResponseEntity<String> submit(String task, Map<String, Object> variables) {
    return http.post(BylawCases.SECRETARY, "/engine-rest/task/" + task + "/submit-form", Map.of("variables", variables));
  }

  private static Map<String, Object> meeting(String date, int present, int voting, int inFavour, int against) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("meetingDate", Map.of("value", date, "type", "String"));
    variables.put("membersPresent", Map.of("value", present, "type", "Integer"));
    variables.put("membersVoting", Map.of("value", voting, "type", "Integer"));
    variables.put("votesInFavour", Map.of("value", inFavour, "type", "Integer"));
    variables.put("votesAgainst", Map.of("value", against, "type", "Integer"));
    return variables;
  }

  private static Map<String, Object> file(byte[] content, String name) {
    return Map.of("type", "File", "value", Base64.getEncoder().encodeToString(content),
        "valueInfo", Map.of("filename", name, "mimetype", "application/pdf"));
  }

  /** A step's own refusal, as engine REST gives it back to Tasklist: 400 with the field and reason. */
  private String refusal(ResponseEntity<String> response) throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    return json.readTree(response.getBody()).get("message").asText();
  }

  private List<String> fields(ResponseEntity<String> response) throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    List<String> fields = new ArrayList<>();
    JsonNode errors = json.readTree(response.getBody()).get("errors");
    assertThat(errors).as(response.getBody()).isNotNull();
    errors.forEach(error -> fields.add(error.get("field").asText()));
    return fields;
  }
}
