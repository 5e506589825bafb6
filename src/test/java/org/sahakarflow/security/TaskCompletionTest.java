package org.sahakarflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahakarflow.CaseDriver;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.StepIds;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Finding 4: completing a task writes only its form's fields, each held to the form's checks. */
@SahakarTest
class TaskCompletionTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  TaskService tasks;
  @Autowired
  Http http;

  CaseDriver cases;
  String key;

  @BeforeEach
  void applicantHasFiled() {
    cases = new CaseDriver(engine);
    key = cases.apply("mpacs-registration", "applicant.rj-udr",
        CaseDriver.application("RJ", "RJ-UDR", 25)).getBusinessKey();
    cases.runAsyncSteps(key);
  }

  private ResponseEntity<String> complete(String user, Task task, String variables) {
    return http.post(user, "/engine-rest/task/" + task.getId() + "/complete",
        "{\"variables\":{" + variables + "}}");
  }

  private static String file(String name, String content) {
    return "\"" + name + "\":{\"type\":\"File\",\"value\":\""
        + Base64.getEncoder().encodeToString(content.getBytes(StandardCharsets.ISO_8859_1))
        + "\",\"valueInfo\":{\"filename\":\"" + name + ".pdf\",\"mimeType\":\"application/pdf\"}}";
  }

  private static final String DOCUMENTS = String.join(",", file("byeLawsDocument", "%PDF-1.4 a"),
      file("promoterListDocument", "%PDF-1.4 b"), file("bankCertificateDocument", "%PDF-1.4 c"));

  @Test
  void theApplicantsOwnTaskTakesNoCaseFactsAndNoStrayFields() {
    Task upload = cases.task(key, StepIds.TASK_UPLOAD_DOCUMENTS);
    Map<String, String> forged = Map.of(
        "societyName", "\"societyName\":{\"value\":\"<a href='https://evil.example'>Click</a>\",\"type\":\"String\"}",
        "districtCode", "\"districtCode\":{\"value\":\"AP-TPT\",\"type\":\"String\"}",
        "multiState", "\"multiState\":{\"value\":true,\"type\":\"Boolean\"}",
        "shareCapitalPaid", "\"shareCapitalPaid\":{\"value\":-5,\"type\":\"Double\"}");
    for (Map.Entry<String, String> extra : forged.entrySet()) {
      ResponseEntity<String> response = complete("applicant.rj-udr", upload, DOCUMENTS + "," + extra.getValue());
      assertThat(response.getStatusCode()).as(extra.getKey()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(response.getBody()).contains("\"field\":\"" + extra.getKey() + "\"");
    }
    assertThat(tasks.createTaskQuery().taskId(upload.getId()).count()).isOne();
    assertThat(cases.variable(key, "districtCode")).isEqualTo("RJ-UDR");
    assertThat(complete("applicant.rj-udr", upload, DOCUMENTS).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void nabardsNoteIsRequiredOnTheServerAndHeldToTheForm() {
    cases.uploadDocuments(key);
    Task note = cases.task(key, StepIds.TASK_RECORD_VIABILITY_NOTE);
    ResponseEntity<String> empty = complete("nabard.rj", note, "");
    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(empty.getBody()).contains("viabilityNote").contains("is required");
    Map<String, String> bad = Map.of(
        "markup", "\"viabilityNote\":{\"value\":\"<img src='https://tracker.example/p.gif'>\",\"type\":\"String\"}",
        "right-to-left override", "\"viabilityNote\":{\"value\":\"viable \\u202Egnp.exe\",\"type\":\"String\"}",
        "too long", "\"viabilityNote\":{\"value\":\"" + "x".repeat(2001) + "\",\"type\":\"String\"}",
        "not a boolean", "\"viabilityNote\":{\"value\":\"fine\"},\"viable\":{\"value\":\"yes\",\"type\":\"String\"}");
    for (Map.Entry<String, String> attempt : bad.entrySet()) {
      assertThat(complete("nabard.rj", note, attempt.getValue()).getStatusCode()).as(attempt.getKey())
          .isEqualTo(HttpStatus.BAD_REQUEST);
    }
    assertThat(tasks.createTaskQuery().taskId(note.getId()).count()).isOne();
    assertThat(complete("nabard.rj", note, "\"viabilityNote\":{\"value\":\"Viable: 400 farmers\",\"type\":\"String\"},"
        + "\"viable\":{\"value\":true,\"type\":\"Boolean\"}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(cases.variable(key, "viabilityNote")).isEqualTo("Viable: 400 farmers");
  }

  @Test
  void variablesAreWrittenOnlyByCompletingATask() {
    Task upload = cases.task(key, StepIds.TASK_UPLOAD_DOCUMENTS);
    String body = "{\"modifications\":{\"districtCode\":{\"value\":\"AP-TPT\",\"type\":\"String\"}}}";
    assertThat(http.post("applicant.rj-udr", "/engine-rest/task/" + upload.getId() + "/variables", body)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.post("applicant.rj-udr", "/engine-rest/process-instance/"
        + upload.getProcessInstanceId() + "/variables", body).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.post("applicant.rj-udr", "/engine-rest/process-instance/"
        + upload.getProcessInstanceId() + "/modification",
        "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_RecordViabilityNote\"}]}")
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(cases.variable(key, "districtCode")).isEqualTo("RJ-UDR");
  }

  @Test
  void aStepsOwnRuleRefusesWithA400NamingTheField() {
    cases.uploadDocuments(key);
    cases.complete(key, StepIds.TASK_RECORD_VIABILITY_NOTE, null, Map.of("viabilityNote", "viable", "viable", true));
    Task scrutiny = cases.task(key, StepIds.TASK_SCRUTINISE_APPLICATION);
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    log.start();
    root.addAppender(log);
    ResponseEntity<String> response;
    try {
      // the form hides queryText unless the outcome is QUERY, so the step's listener asks for it
      response = complete("rcs.rj-udr", scrutiny, "\"scrutinyOutcome\":{\"value\":\"QUERY\",\"type\":\"String\"}");
    } finally {
      root.detachAppender(log);
    }
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("queryText");
    assertThat(tasks.createTaskQuery().taskId(scrutiny.getId()).count()).isOne();
    // bad input is an answer, not a fault for the operator's error log
    assertThat(log.list).filteredOn(line -> line.getLevel().isGreaterOrEqual(Level.ERROR))
        .extracting(ILoggingEvent::getFormattedMessage).isEmpty();
  }
}
