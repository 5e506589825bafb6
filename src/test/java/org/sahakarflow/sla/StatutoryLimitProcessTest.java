package org.sahakarflow.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.sahakarflow.sla.SlaTestModels.SCRUTINY;
import static org.sahakarflow.sla.SlaTestModels.STATUTORY_MODEL;
import static org.sahakarflow.sla.SlaTestModels.ist;
import static org.sahakarflow.sla.SlaTestModels.istInstant;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.system.CaseVariables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The registrar's statutory time to decide, for cases submitted on Monday 2 February 2026. */
@SahakarTest
class StatutoryLimitProcessTest {

  static final String LIMIT_TIMER = "Start_StatutoryLimitExpired";

  @Autowired
  ProcessEngine engine;
  @Autowired
  RepositoryService repository;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  ManagementService management;
  @Autowired
  JdbcTemplate jdbc;

  @BeforeEach
  void deploy() {
    AbstractAssertions.init(engine);
    SlaTestModels.deploy(repository, STATUTORY_MODEL);
    ClockUtil.setCurrentTime(ist("2026-02-02T11:00"));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void delhiApplicationUndecidedAfterNinetyDaysIsDeemedRegistered() {
    ProcessInstance instance = start("DL", "DL-NDL", true);
    assertThat(limitTimer(instance).getDuedate()).isEqualTo(ist("2026-05-03T23:59:59"));

    ClockUtil.setCurrentTime(ist("2026-05-04T09:00"));
    management.executeJob(limitTimer(instance).getId());

    assertThat(instance).isWaitingAt(SCRUTINY, "Wait_DeemedRegistration")
        .variables().containsEntry(SlaVariables.STATUTORY_CONSEQUENCE, "DEEMED_REGISTRATION");
    assertThat(candidateGroups(instance)).containsExactlyInAnyOrder("rcs-district:DL-NDL", "rcs-state:DL");
    Map<String, Object> breach = breachOf(instance);
    assertThat(breach).containsEntry("state_code", "DL").containsEntry("statutory_limit_escalated_to", "rcs-state:DL");
    assertThat(((Timestamp) breach.get("statutory_limit_due_at")).toInstant()).isEqualTo(istInstant("2026-05-03T23:59:59"));
    assertThat(((Timestamp) breach.get("statutory_limit_breached_at")).toInstant()).isEqualTo(istInstant("2026-05-04T09:00"));
  }

  @Test
  void rajasthanApplicationWithoutASubmissionDateEscalatesSixtyDaysAfterTheCaseStarted() {
    ProcessInstance instance = start("RJ", "RJ-UDR", false);
    assertThat(limitTimer(instance).getDuedate()).isEqualTo(ist("2026-04-03T23:59:59"));

    ClockUtil.setCurrentTime(ist("2026-04-06T10:00"));
    management.executeJob(limitTimer(instance).getId());

    assertThat(instance).isWaitingAt(SCRUTINY, "Wait_Escalated")
        .variables().containsEntry(SlaVariables.STATUTORY_CONSEQUENCE, "ESCALATE");
    assertThat(candidateGroups(instance)).containsExactlyInAnyOrder("rcs-district:RJ-UDR", "rcs-state:RJ");
    Map<String, Object> breach = breachOf(instance);
    assertThat(breach).containsEntry("statutory_limit_escalated_to", "rcs-state:RJ");
    assertThat(((Timestamp) breach.get("statutory_limit_due_at")).toInstant()).isEqualTo(istInstant("2026-04-03T23:59:59"));
    assertThat(((Timestamp) breach.get("statutory_limit_breached_at")).toInstant()).isEqualTo(istInstant("2026-04-06T10:00"));
  }

  @Test
  void decisionInTimeCancelsTheLimit() {
    ProcessInstance instance = start("DL", "DL-NDL", true);

    tasks.complete(task(instance).getId());

    assertThat(instance).isEnded();
    assertThat(breachOf(instance)).containsEntry("statutory_limit_breached_at", null);
  }

  private ProcessInstance start(String state, String district, boolean withSubmissionDate) {
    // the statutory limit is the registration case's, whichever of its steps the model stands for
    Map<String, Object> variables = new HashMap<>(Map.of(SlaVariables.SLA_PROCESS_KEY,
        "mpacs-registration", "stateCode", state, "districtCode", district));
    if (withSubmissionDate) {
      variables.put(CaseVariables.SUBMITTED_AT, ist("2026-02-02T11:00"));
    }
    return runtime.startProcessInstanceByKey(STATUTORY_MODEL, variables);
  }

  private Job limitTimer(ProcessInstance instance) {
    return SlaTestModels.timer(management, instance.getId(), LIMIT_TIMER);
  }

  private List<String> candidateGroups(ProcessInstance instance) {
    return tasks.getIdentityLinksForTask(task(instance).getId()).stream()
        .filter(link -> "candidate".equals(link.getType())).map(IdentityLink::getGroupId).toList();
  }

  private Map<String, Object> breachOf(ProcessInstance instance) {
    return jdbc.queryForMap("select * from insight_case where case_id = ?", instance.getId());
  }
}
