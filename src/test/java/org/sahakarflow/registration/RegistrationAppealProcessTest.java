package org.sahakarflow.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.sahakarflow.CaseDriver.vars;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahakarflow.CaseDriver;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.StepIds;
import org.sahakarflow.system.India;
import org.springframework.beans.factory.annotation.Autowired;

@SahakarTest
class RegistrationAppealProcessTest {

  static final String PROCESS = "registration-appeal";

  @Autowired
  ProcessEngine engine;
  @Autowired
  TaskService tasks;
  CaseDriver cases;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    cases = new CaseDriver(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void appealReversedRegistersTheSociety() {
    String key = refusedCase();
    ProcessInstance appeal = appeal(key, "applicant.rj-udr");
    assertThat(appeal).isWaitingAt(StepIds.TASK_HEAR_APPEAL).hasBusinessKey(key)
        .variables().containsEntry("refusalReasons", "No viable business plan").containsEntry("districtName", "Udaipur");
    assertThat(tasks.getIdentityLinksForTask(cases.task(key, StepIds.TASK_HEAR_APPEAL).getId()))
        .extracting(IdentityLink::getGroupId).containsExactly("rcs-state:RJ");

    cases.complete(key, StepIds.TASK_HEAR_APPEAL, "registrar.rj",
        vars("appealOrder", "REVERSE", "appealOrderReasons", "The plan was viable; register."));

    assertThat(appeal).hasPassedInOrder(StepIds.TASK_RECORD_REVERSAL, StepIds.TASK_ALLOCATE_REGISTRATION_NUMBER,
        StepIds.TASK_ISSUE_CERTIFICATE, StepIds.END_REFUSAL_REVERSED).isEnded();
    assertThat(cases.variable(key, "registrationNumber")).asString().startsWith("RJ/UDR/MPACS/");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(appeal.getId()).variableName("decidedBy").singleResult().getValue())
        .isEqualTo("registrar.rj");
  }

  @Test
  void appealConfirmedKeepsTheRefusal() {
    String key = refusedCase();
    ProcessInstance appeal = appeal(key, "applicant.rj-udr");
    cases.complete(key, StepIds.TASK_HEAR_APPEAL, "registrar.rj",
        vars("appealOrder", "CONFIRM", "appealOrderReasons", "Refusal upheld."));
    assertThat(appeal).hasPassed(StepIds.TASK_SEND_CONFIRMATION, StepIds.END_REFUSAL_CONFIRMED).isEnded()
        .hasNotPassed(StepIds.TASK_ALLOCATE_REGISTRATION_NUMBER);
  }

  @Test
  void appealRemandedSendsTheCaseBackToScrutiny() {
    String key = refusedCase();
    ProcessInstance appeal = appeal(key, "applicant.rj-udr");
    cases.complete(key, StepIds.TASK_HEAR_APPEAL, "registrar.rj",
        vars("appealOrder", "REMAND", "appealOrderReasons", "Scrutinise the revised plan afresh."));
    assertThat(appeal).isWaitingAt("CallActivity_Reconsider");
    assertThat(tasks.getIdentityLinksForTask(cases.task(key, StepIds.TASK_SCRUTINISE_APPLICATION).getId()))
        .extracting(IdentityLink::getGroupId).containsExactly("rcs-district:RJ-UDR");

    cases.complete(key, StepIds.TASK_SCRUTINISE_APPLICATION, "rcs.rj-udr", vars("scrutinyOutcome", "DECIDE"));
    cases.complete(key, StepIds.TASK_DECIDE_REGISTRATION, "rcs.rj-udr", vars("decision", "REGISTER"));
    assertThat(appeal).hasPassed(StepIds.END_REMANDED).isEnded();
    assertThat(cases.variable(key, "registrationNumber")).isNotNull();
  }

  @Test
  void onlyTheRefusedApplicantMayAppealAndOnlyWithinTheWindow() {
    String key = refusedCase();
    assertThatThrownBy(() -> appeal(key, "applicant.ap-tpt")).hasMessageContaining("only the applicant");

    LocalDate deadline = LocalDate.parse((String) cases.variable(key, "appealDeadline"));
    ClockUtil.setCurrentTime(Date.from(deadline.plusDays(1).atStartOfDay(India.ZONE).toInstant()));
    assertThatThrownBy(() -> appeal(key, "applicant.rj-udr")).hasMessageContaining("appeal window closed on " + deadline);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS)
        .processInstanceBusinessKey(key).count()).isZero();
  }

  @Test
  void aRegisteredApplicationCannotBeAppealedNorAppealedTwice() {
    String registered = cases.mpacsAtScrutiny("RJ", "RJ-UDR", "applicant.rj-udr");
    cases.complete(registered, StepIds.TASK_SCRUTINISE_APPLICATION, "rcs.rj-udr", vars("scrutinyOutcome", "DECIDE"));
    cases.complete(registered, StepIds.TASK_DECIDE_REGISTRATION, "rcs.rj-udr", vars("decision", "REGISTER"));
    assertThatThrownBy(() -> appeal(registered, "applicant.rj-udr")).hasMessageContaining("was not refused");

    String refused = refusedCase();
    appeal(refused, "applicant.rj-udr");
    assertThatThrownBy(() -> appeal(refused, "applicant.rj-udr")).hasMessageContaining("already pending");
  }

  private String refusedCase() {
    String key = cases.mpacsAtScrutiny("RJ", "RJ-UDR", "applicant.rj-udr");
    cases.complete(key, StepIds.TASK_SCRUTINISE_APPLICATION, "rcs.rj-udr", vars("scrutinyOutcome", "DECIDE"));
    cases.complete(key, StepIds.TASK_DECIDE_REGISTRATION, "rcs.rj-udr",
        vars("decision", "REFUSE", "refusalReasons", "No viable business plan"));
    return key;
  }

  private ProcessInstance appeal(String applicationNumber, String appellant) {
    ProcessInstance appeal = cases.apply(PROCESS, appellant, vars("applicationNumber", applicationNumber,
        "appealGrounds", "The registrar overlooked the business plan", "stateCode", "RJ"));
    cases.runAsyncSteps(applicationNumber);
    return appeal;
  }
}
