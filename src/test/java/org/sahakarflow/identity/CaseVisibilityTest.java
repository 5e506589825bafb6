package org.sahakarflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahakarflow.CaseDriver;
import org.sahakarflow.Cases;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.StepIds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Who sees and touches a case, checked through the engine REST API as each demo role. */
@SahakarTest
class CaseVisibilityTest {

  static final String NEIGHBOUR = "applicant2.rj-udr";

  @Autowired
  Http http;
  @Autowired
  IdentityService identity;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  org.camunda.bpm.engine.ProcessEngine engine;
  final ObjectMapper json = new ObjectMapper();

  String instanceId;
  String taskId;

  @BeforeEach
  void applicantSubmitsACase() throws Exception {
    if (identity.createUserQuery().userId(NEIGHBOUR).count() == 0) {
      User user = identity.newUser(NEIGHBOUR);
      user.setPassword(Http.DEMO_PASSWORD);
      identity.saveUser(user);
      identity.createMembership(NEIGHBOUR, Groups.APPLICANTS);
      identity.createTenantUserMembership("RJ", NEIGHBOUR);
    }
    ResponseEntity<String> created = http.post("applicant.rj-udr", "/api/registrations",
        Cases.mpacsApplication("RJ", "RJ-UDR"));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    instanceId = json.readTree(created.getBody()).get("processInstanceId").asText();
    String applicationNumber = json.readTree(created.getBody()).get("applicationNumber").asText();
    CaseDriver cases = new CaseDriver(engine);
    cases.runAsyncSteps(applicationNumber);
    cases.uploadDocuments(applicationNumber);
    cases.complete(applicationNumber, StepIds.TASK_RECORD_VIABILITY_NOTE, "nabard.rj",
        java.util.Map.of("viabilityNote", "viable", "viable", true));
    taskId = cases.task(applicationNumber, StepIds.TASK_SCRUTINISE_APPLICATION).getId();
  }

  @Test
  void caseGrantsAreWrittenButNotLoggedAsSomeonesOperation() {
    var operationLog = engine.getHistoryService().createUserOperationLogQuery();
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().resourceId(instanceId).count())
        .as("read grants on the case, runtime and history").isGreaterThanOrEqualTo(4);
    assertThat(operationLog.processInstanceId(instanceId).entityType("ProcessInstance")
        .operationType("Create").count()).as("the start, logged under the applicant").isEqualTo(1);
    assertThat(engine.getHistoryService().createUserOperationLogQuery().entityType("Authorization")
        .list()).noneMatch(entry -> instanceId.equals(entry.getNewValue()));
  }

  @Test
  void applicantSeesOnlyTheirOwnCases() throws Exception {
    assertThat(instancesVisibleTo("applicant.rj-udr")).contains(instanceId);
    assertThat(instancesVisibleTo(NEIGHBOUR)).doesNotContain(instanceId);
    assertThat(instancesVisibleTo("applicant.ap-tpt")).doesNotContain(instanceId);
    assertThat(tasksVisibleTo(NEIGHBOUR)).doesNotContain(taskId);
  }

  @Test
  void districtAndStateStaffSeeTheirOwnDistrictAndStateOnly() throws Exception {
    assertThat(instancesVisibleTo("rcs.rj-udr")).contains(instanceId);
    assertThat(tasksVisibleTo("rcs.rj-udr")).contains(taskId);
    assertThat(instancesVisibleTo("registrar.rj")).contains(instanceId);
    assertThat(instancesVisibleTo("rcs.ap-tpt")).doesNotContain(instanceId);
    assertThat(tasksVisibleTo("rcs.ap-tpt")).doesNotContain(taskId);
    assertThat(instancesVisibleTo("registrar.up")).doesNotContain(instanceId);
    assertThat(instancesVisibleTo("dccb.rj-udr")).doesNotContain(instanceId);
  }

  @Test
  void anotherDistrictsOfficerCannotClaimTheTask() {
    assertThat(claim("rcs.ap-tpt").getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
    assertThat(claim("rcs.rj-udr").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("rcs.rj-udr");
  }

  @Test
  void ministryReadsEverythingAndChangesNothing() throws Exception {
    assertThat(instancesVisibleTo("ministry")).contains(instanceId);
    assertThat(tasksVisibleTo("ministry")).contains(taskId);
    assertThat(http.as("ministry").getForEntity("/engine-rest/history/process-instance?maxResults=500"
        + "&processInstanceId=" + instanceId, String.class).getBody()).contains(instanceId);

    assertThat(http.post("ministry", "/engine-rest/task/" + taskId + "/complete", "{}")
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(claim("ministry").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.as("ministry").exchange("/engine-rest/process-instance/" + instanceId,
        HttpMethod.DELETE, null, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.post("ministry", "/engine-rest/process-instance/" + instanceId + "/variables",
        "{\"modifications\":{\"societyName\":{\"value\":\"changed\"}}}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(runtime.getVariable(instanceId, "societyName")).asString().startsWith("Test");
    assertThat(tasks.createTaskQuery().taskId(taskId).singleResult()).isNotNull();
  }

  @Test
  void javaSerializedVariablesAreRefused() {
    String evil = "{\"value\":\"rO0ABXNyABNqYXZhLnV0aWwuQXJyYXlMaXN0eIHSHZnHYZ0DAAFJAARzaXpleHAAAAAAdwQAAAAAeA==\","
        + "\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.util.ArrayList\","
        + "\"serializationDataFormat\":\"application/x-java-serialized-object\"}}";
    ResponseEntity<String> put = http.as("admin").exchange("/engine-rest/process-instance/"
        + instanceId + "/variables/payload", HttpMethod.PUT, Http.json(evil), String.class);
    assertThat(put.getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(put.getBody()).contains("Java serialization format is prohibited");
    assertThat(runtime.getVariable(instanceId, "payload")).isNull();
  }

  @Test
  void jsonObjectsOfTypesOutsideTheAllowListAreNotDeserialized() {
    String gadget = "{\"value\":\"\\\"/etc/passwd\\\"\",\"type\":\"Object\",\"valueInfo\":{"
        + "\"objectTypeName\":\"java.io.File\",\"serializationDataFormat\":\"application/json\"}}";
    assertThat(http.as("admin").exchange("/engine-rest/process-instance/" + instanceId
        + "/variables/gadget", HttpMethod.PUT, Http.json(gadget), String.class).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    ResponseEntity<String> read = http.as("admin").getForEntity("/engine-rest/process-instance/"
        + instanceId + "/variables/gadget?deserializeValue=true", String.class);
    assertThat(read.getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(read.getBody()).contains("java.io.File");
  }

  private ResponseEntity<String> claim(String user) {
    return http.post(user, "/engine-rest/task/" + taskId + "/claim", Map.of("userId", user));
  }

  private List<String> instancesVisibleTo(String user) throws Exception {
    return ids(http.as(user).getForEntity("/engine-rest/process-instance?maxResults=2000", String.class));
  }

  private List<String> tasksVisibleTo(String user) throws Exception {
    return ids(http.as(user).getForEntity("/engine-rest/task?maxResults=2000", String.class));
  }

  private List<String> ids(ResponseEntity<String> response) throws Exception {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<String> ids = new ArrayList<>();
    for (JsonNode node : json.readTree(response.getBody())) {
      ids.add(node.get("id").asText());
    }
    return ids;
  }
}
