package org.sahakarflow.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.sahakarflow.CaseDriver.vars;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahakarflow.CaseDriver;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.StepIds;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.StreamUtils;

@SahakarTest
class MpacsRegistrationProcessTest {

  static final String PROCESS = "mpacs-registration";

  @Autowired
  ProcessEngine engine;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  HistoryService history;
  @Autowired
  FormService forms;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  Http http;
  @Autowired
  ObjectMapper json;
  CaseDriver cases;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    cases = new CaseDriver(engine);
  }

  @Test
  void eligibleApplicationIsInspectedAndRegistered() {
    ProcessInstance instance = cases.apply(PROCESS, "applicant.rj-udr", CaseDriver.application("RJ", "RJ-UDR", 15));
    String key = instance.getBusinessKey();
    assertThat(key).matches("RJ-UDR-MPACS-\\d{4}-\\d{6}");
    assertThat(instance).isWaitingAt(StepIds.TASK_SEND_ACKNOWLEDGEMENT);
    cases.runAsyncSteps(key);
    assertThat(instance).isWaitingAt(StepIds.TASK_UPLOAD_DOCUMENTS);
    assertThat(identityLinks(key, StepIds.TASK_UPLOAD_DOCUMENTS)).extracting(IdentityLink::getUserId)
        .contains("applicant.rj-udr");

    cases.uploadDocuments(key);
    assertThat(instance).hasPassed(StepIds.TASK_CHECK_ELIGIBILITY).isWaitingAt(StepIds.TASK_RECORD_VIABILITY_NOTE)
        .variables().containsEntry("eligible", true);
    assertThat(identityLinks(key, StepIds.TASK_RECORD_VIABILITY_NOTE)).extracting(IdentityLink::getGroupId)
        .containsExactly("nabard:RJ");

    cases.complete(key, StepIds.TASK_RECORD_VIABILITY_NOTE, "nabard.rj", vars("viabilityNote", "viable", "viable", true));
    assertThat(instance).isWaitingAt("CallActivity_RegistrarDecision");
    assertThat(identityLinks(key, StepIds.TASK_SCRUTINISE_APPLICATION)).extracting(IdentityLink::getGroupId)
        .containsExactly("rcs-district:RJ-UDR");
    // the promoter list, each promoter's household among it, stays with the registration case
    String decision = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(instance.getId())
        .singleResult().getId();
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), "promoters")).isNotNull();
    assertThat(engine.getRuntimeService().getVariables(decision)).doesNotContainKey("promoters")
        .containsKeys("societyName", "shareCapitalPaid");

    cases.complete(key, StepIds.TASK_SCRUTINISE_APPLICATION, "rcs.rj-udr", vars("scrutinyOutcome", "INSPECT"));
    cases.complete(key, StepIds.TASK_INSPECT_SOCIETY, "inspector.rj-udr",
        vars("inspectionFindings", "members and records verified", "recommendRegistration", true));
    cases.complete(key, StepIds.TASK_DECIDE_REGISTRATION, "rcs.rj-udr", vars("decision", "REGISTER"));

    assertThat(instance).hasPassed("CallActivity_RegistrarDecision").isEnded();
    assertThat(instance).hasPassed(StepIds.END_SOCIETY_REGISTERED);
    String number = (String) cases.variable(key, "registrationNumber");
    assertThat(number).matches("RJ/UDR/MPACS/\\d{4}/\\d{4}");
    assertThat(cases.variable(key, "decidedBy")).isEqualTo("rcs.rj-udr");
    assertThat(jdbc.queryForObject("select name from society where registration_number = ?", String.class, number))
        .startsWith("Process Test PACS");
    FileValue certificate = (FileValue) history.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(cases.historicIds(key)).variableName("certificate").list().get(0).getTypedValue();
    assertThat(certificate.getMimeType()).isEqualTo("application/pdf");
    assertThat(jdbc.queryForList("select notice from notice_log where business_key = ?", String.class, key))
        .contains("ACKNOWLEDGEMENT", "DECISION_REGISTERED");
    assertThat(jdbc.queryForObject("select body from notice_log where business_key = ? and notice = ?",
        String.class, key, "DECISION_REGISTERED")).contains(number, "/api/registrations/" + key + "/certificate");

    String download = "/api/registrations/" + key + "/certificate";
    ResponseEntity<byte[]> pdf = http.as("applicant.rj-udr").getForEntity(download, byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pdf.getHeaders().getContentType()).hasToString("application/pdf");
    assertThat(new String(pdf.getBody(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(http.as("registrar.rj").getForEntity(download, byte[].class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(http.as("applicant.ap-tpt").getForEntity(download, String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(http.as("registrar.ap").getForEntity(download, String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void ineligibleApplicationIsReturnedWithEveryFailedRuleNamed() {
    Map<String, Object> application = CaseDriver.application("RJ", "RJ-UDR", 8);
    application.put("modelByeLawsAdopted", false);
    application.put("shareCapitalPaid", 5000.0);
    ProcessInstance instance = cases.apply(PROCESS, "applicant.rj-udr", application);
    String key = instance.getBusinessKey();
    cases.runAsyncSteps(key);
    cases.uploadDocuments(key);

    assertThat(instance).isWaitingAt(StepIds.TASK_REVISE_APPLICATION).variables().containsEntry("eligible", false);
    String report = (String) runtime.getVariable(instance.getId(), "eligibilityReport");
    assertThat(report).contains("8 promoters from different families; at least 15 are required in RJ")
        .contains("share capital paid ₹5,000 is below the minimum ₹10,000")
        .contains("Model Bye-laws must be adopted");
    assertThat(identityLinks(key, StepIds.TASK_REVISE_APPLICATION)).extracting(IdentityLink::getUserId)
        .containsExactly("applicant.rj-udr");

    Map<String, Object> revised = CaseDriver.application("RJ", "RJ-UDR", 15);
    cases.complete(key, StepIds.TASK_REVISE_APPLICATION, null, vars("promoters", revised.get("promoters"),
        "shareCapitalPaid", 20000.0, "modelByeLawsAdopted", true));

    assertThat(instance).hasPassed(StepIds.TASK_REVISE_APPLICATION).isWaitingAt(StepIds.TASK_RECORD_VIABILITY_NOTE)
        .variables().containsEntry("eligible", true).doesNotContainKeys("eligibilityReport", "eligibilityFailures");
  }

  @Test
  void theRevisionShowsThePromotersAsFiledAndHoldsEachCorrectedRowToTheRules() throws Exception {
    Map<String, Object> application = CaseDriver.application("RJ", "RJ-UDR", 8);
    ProcessInstance instance = cases.apply(PROCESS, "applicant.rj-udr", application);
    String key = instance.getBusinessKey();
    cases.runAsyncSteps(key);
    cases.uploadDocuments(key);
    String taskId = cases.task(key, StepIds.TASK_REVISE_APPLICATION).getId();
    // the revise form's rows are the case's promoters, which Tasklist hands the form as filed
    assertThat(StreamUtils.copyToString(forms.getDeployedTaskForm(taskId), StandardCharsets.UTF_8))
        .containsPattern("\"type\"\\s*:\\s*\"dynamiclist\"").containsPattern("\"path\"\\s*:\\s*\"promoters\"");
    ArrayNode filed = (ArrayNode) json.readTree(tasks.getVariable(taskId, "promoters").toString());
    assertThat(filed).hasSize(8);

    // a wrong row, sent as the form sends its rows, is refused by its row and field; nothing changes
    ArrayNode wrong = filed.deepCopy();
    wrong.addObject().put("name", "Added Promoter").put("householdId", "ADD 1!").put("village", "Kheda").put("sharesSubscribed", 10);
    assertThatThrownBy(() -> tasks.complete(taskId, vars("promoters", SpinValues.jsonValue(wrong.toString()).create())))
        .hasMessageContaining("promoters[8].householdId may hold letters, digits, '/' and '-' only");
    ArrayNode unnamed = filed.deepCopy();
    ((ObjectNode) unnamed.get(3)).put("name", " ");
    assertThatThrownBy(() -> tasks.complete(taskId, vars("promoters", SpinValues.jsonValue(unnamed.toString()).create())))
        .hasMessageContaining("promoters[3].name must not be blank");
    assertThat(instance).isWaitingAt(StepIds.TASK_REVISE_APPLICATION);
    assertThat(json.readTree(runtime.getVariable(instance.getId(), "promoters").toString())).hasSize(8);

    ArrayNode corrected = filed.deepCopy();
    for (int i = 1; i <= 7; i++) {
      corrected.addObject().put("name", "Added Promoter " + i).put("householdId", "ADD-" + i).put("village", "Kheda")
          .put("sharesSubscribed", 10);
    }
    tasks.complete(taskId, vars("promoters", SpinValues.jsonValue(corrected.toString()).create()));
    cases.runAsyncSteps(key);

    assertThat(runtime.getVariables(instance.getId())).as("after the revision").containsEntry("eligible", true);
    assertThat(instance).isWaitingAt(StepIds.TASK_RECORD_VIABILITY_NOTE).variables().containsKey("promoters");
    assertThat(runtime.getVariable(instance.getId(), "promoters").toString()).contains("ADD-7", "ADD-1");
  }

  @Test
  void madhyaPradeshAsksForTwentyOnePromoters() {
    ProcessInstance instance = cases.apply(PROCESS, "applicant.rj-udr", CaseDriver.application("MP", "MP-BPL", 15));
    cases.runAsyncSteps(instance.getBusinessKey());
    cases.uploadDocuments(instance.getBusinessKey());
    assertThat(instance).isWaitingAt(StepIds.TASK_REVISE_APPLICATION);
    assertThat((String) runtime.getVariable(instance.getId(), "eligibilityReport"))
        .contains("at least 21 are required in MP");
  }

  @Test
  void uploadWithoutTheDocumentsIsRefused() {
    ProcessInstance instance = cases.apply(PROCESS, "applicant.rj-udr", CaseDriver.application("RJ", "RJ-UDR", 15));
    cases.runAsyncSteps(instance.getBusinessKey());
    String taskId = cases.task(instance.getBusinessKey(), StepIds.TASK_UPLOAD_DOCUMENTS).getId();
    assertThatThrownBy(() -> tasks.complete(taskId)).hasMessageContaining("byeLawsDocument");
    assertThat(instance).isWaitingAt(StepIds.TASK_UPLOAD_DOCUMENTS);
  }

  @Test
  void badStartFormInputIsRefusedWithTheFieldsNamedAndNothingStarted() {
    Map<String, Object> application = CaseDriver.application("RJ", "AP-TPT", 15);
    application.put("societyName", "<b>PACS</b>");
    application.remove("chiefPromoterEmail");
    long before = history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS).count();
    assertThatThrownBy(() -> cases.apply(PROCESS, "applicant.rj-udr", application))
        .hasMessageContaining("societyName must be plain text")
        .hasMessageContaining("chiefPromoterEmail");
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS).count()).isEqualTo(before);
  }

  @Test
  void startAndTaskFormsAreDeployedAndResolvableFromTheModel() throws Exception {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(PROCESS).latestVersion().singleResult().getId();
    assertThat(StreamUtils.copyToString(forms.getDeployedStartForm(definitionId), StandardCharsets.UTF_8))
        .containsPattern("\"id\"\\s*:\\s*\"registration-application\"").containsPattern("\"path\"\\s*:\\s*\"promoters\"");
    ProcessInstance instance = cases.apply(PROCESS, "applicant.rj-udr", CaseDriver.application("RJ", "RJ-UDR", 15));
    cases.runAsyncSteps(instance.getBusinessKey());
    String uploadTask = cases.task(instance.getBusinessKey(), StepIds.TASK_UPLOAD_DOCUMENTS).getId();
    assertThat(StreamUtils.copyToString(forms.getDeployedTaskForm(uploadTask), StandardCharsets.UTF_8))
        .contains("cam-variable-type=\"File\"", "byeLawsDocument");
  }

  private List<IdentityLink> identityLinks(String businessKey, String taskKey) {
    return tasks.getIdentityLinksForTask(cases.task(businessKey, taskKey).getId());
  }
}
