package org.sahakarflow.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahakarflow.SahakarTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.StreamUtils;
import java.nio.charset.StandardCharsets;
import java.util.List;

@SahakarTest
class MpacsRegistrationProcessTest {

  static final String PROCESS = "mpacs-registration";

  @Autowired
  ProcessEngine engine;
  @Autowired
  RuntimeService runtime;
  @Autowired
  IdentityService identity;
  @Autowired
  FormService forms;

  @BeforeEach
  void bindAssertions() {
    AbstractAssertions.init(engine);
  }

  @AfterEach
  void signOut() {
    identity.clearAuthentication();
  }

  @Test
  void applicationIsAcknowledgedAndWaitsForTheDistrictRegistrar() {
    identity.setAuthentication("applicant.rj-udr", List.of("applicants"), List.of("RJ"));
    ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS, withVariables(
        "societyName", "Kheda PACS", "stateCode", "RJ", "districtCode", "RJ-UDR"));
    identity.clearAuthentication();

    assertThat(instance).isStarted().isWaitingAt("Task_ScrutiniseApplication")
        .hasBusinessKey(instance.getBusinessKey())
        .variables().containsEntry("applicantId", "applicant.rj-udr")
        .containsEntry("societyType", "MPACS");
    assertThat(instance.getBusinessKey()).matches("RJ-UDR-MPACS-\\d{4}-\\d{6}");
    assertThat(instance.getTenantId()).isEqualTo("RJ");
    assertThat(task(instance)).hasCandidateGroup("rcs-district:RJ-UDR").isNotAssigned();

    complete(task(instance), withVariables("scrutinyNote", "documents complete"));

    assertThat(instance).hasPassedInOrder("Start_ApplicationSubmitted",
        "Task_ScrutiniseApplication", "End_ApplicationScrutinised").isEnded();
  }

  @Test
  void startAndTaskFormsAreDeployedAndResolvableFromTheModel() throws Exception {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(PROCESS).latestVersion().singleResult().getId();
    String startForm = StreamUtils.copyToString(forms.getDeployedStartForm(definitionId),
        StandardCharsets.UTF_8);
    assertThat(startForm).contains("\"id\": \"registration-application\"", "societyName");

    ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS, Map.of(
        "societyName", "Bhuwana PACS", "stateCode", "RJ", "districtCode", "RJ-UDR"));
    String taskForm = StreamUtils.copyToString(forms.getDeployedTaskForm(task(instance).getId()),
        StandardCharsets.UTF_8);
    assertThat(taskForm).contains("\"id\": \"application-scrutiny\"", "scrutinyNote");
  }

  @Test
  void aCaseWithoutAKnownStateIsNotStarted() {
    long before = runtime.createProcessInstanceQuery().count();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> runtime.startProcessInstanceByKey(
        PROCESS, Map.of("societyName", "Nowhere PACS", "stateCode", "XX", "districtCode", "XX-XXX")))
        .hasMessageContaining("unknown State 'XX'");
    org.assertj.core.api.Assertions.assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(before);
  }
}
