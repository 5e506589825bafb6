package org.sahakarflow.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.sahakarflow.sla.SlaTestModels.SCRUTINY;
import static org.sahakarflow.sla.SlaTestModels.STEP_MODEL;
import static org.sahakarflow.sla.SlaTestModels.ist;
import static org.sahakarflow.sla.SlaTestModels.istInstant;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.StepIds;
import org.sahakarflow.identity.Grants;
import org.sahakarflow.identity.Groups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A scrutiny step under its SLA, started in Udaipur on Friday 9 January 2026, the day before the
 * second Saturday: 7 working days make it due on Monday 19 January at 18:00, with reminders from
 * Friday 16 January every 2 days.
 */
@SahakarTest
class StepSlaProcessTest {

  static final String REMINDER = StepIds.TIMER_SCRUTINY_REMINDER;
  static final String ESCALATION = "Timer_ScrutinySla";
  static final String NOTIFY_SUPERVISOR = "Wait_SupervisorNotified";
  static final String APPLICANT = "applicant.rj-udr";

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
  @Autowired
  MeterRegistry meters;
  @Autowired
  IdentityService identity;
  @Autowired
  Grants grants;

  @BeforeEach
  void deployAndStartOnFriday() {
    AbstractAssertions.init(engine);
    SlaTestModels.deploy(repository, STEP_MODEL);
    ClockUtil.setCurrentTime(ist("2026-01-09T11:00"));
  }

  @AfterEach
  void resetClockAndSignOut() {
    ClockUtil.reset();
    identity.clearAuthentication();
  }

  @Test
  void scrutinyIsDueSevenRajasthanWorkingDaysLaterAndItsTimersUseTheSameDates() {
    ProcessInstance instance = start("RJ", "RJ-UDR");

    Task scrutiny = task(instance);
    assertThat(scrutiny.getDueDate()).isEqualTo(ist("2026-01-19T18:00"));
    assertThat(scrutiny.getFollowUpDate()).isEqualTo(ist("2026-01-16T18:00"));
    assertThat(timer(instance, ESCALATION).getDuedate()).isEqualTo(scrutiny.getDueDate());
    assertThat(timer(instance, REMINDER).getDuedate()).isEqualTo(scrutiny.getFollowUpDate());
    // computed once, when the timers were created on the task's own execution; its current
    // activity was the task (the policy's catch-all row would have given 10 working days)
    // nothing is stored: the schedule served the task and its timers as they were made
    assertThat(runtime.getVariablesLocal(scrutiny.getExecutionId()))
        .doesNotContainKeys(SlaVariables.DUE_DATE, SlaVariables.REMINDER_AT, SlaVariables.REMINDER_CYCLE_DAYS);
  }

  @Test
  void anApplicantWhoMayNotReadThePolicyStillGetsTheDueDate() {
    grants.toUser(APPLICANT, Resources.PROCESS_DEFINITION, STEP_MODEL,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
    grants.toUser(APPLICANT, Resources.PROCESS_INSTANCE, Authorization.ANY, ProcessInstancePermissions.CREATE);
    // the engine skips authorization in custom code unless told otherwise; the SLA must not depend on it
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    configuration.setAuthorizationEnabledForCustomCode(true);
    identity.setAuthentication(APPLICANT, List.of(Groups.APPLICANTS), List.of("RJ"));
    ProcessInstance instance;
    try {
      instance = start("RJ", "RJ-UDR");
    } finally {
      identity.clearAuthentication();
      configuration.setAuthorizationEnabledForCustomCode(false);
    }

    assertThat(task(instance).getDueDate()).isEqualTo(ist("2026-01-19T18:00"));
  }

  @Test
  void madhyaPradeshScrutinyFallsDueBeforeRajasthanForTheSameStart() {
    Task rajasthan = task(start("RJ", "RJ-UDR"));
    Task madhyaPradesh = task(start("MP", "MP-BPL"));

    // 5 working days under MP's own row: Monday 12 to Friday 16 January
    assertThat(madhyaPradesh.getDueDate()).isEqualTo(ist("2026-01-16T18:00"))
        .isBefore(rajasthan.getDueDate());
    assertThat(madhyaPradesh.getFollowUpDate()).isEqualTo(ist("2026-01-15T18:00"));
  }

  @Test
  void remindersRepeatAndOverdueScrutinyIsEscalatedToTheStateRegistrar() {
    ProcessInstance instance = start("RJ", "RJ-UDR");
    Task scrutiny = task(instance);

    ClockUtil.setCurrentTime(ist("2026-01-16T18:05"));
    management.executeJob(timer(instance, REMINDER).getId());
    assertThat(instance).hasPassed("End_Reminded").isWaitingAt(SCRUTINY);
    assertThat(timer(instance, REMINDER).getDuedate()).isEqualTo(ist("2026-01-18T18:00"));

    ClockUtil.setCurrentTime(ist("2026-01-20T10:00"));
    double breachesBefore = breachCount("RJ");
    management.executeJob(timer(instance, ESCALATION).getId());

    assertThat(instance).isWaitingAt(SCRUTINY, NOTIFY_SUPERVISOR);
    assertThat(timer(instance, ESCALATION)).isNull();
    assertThat(candidateGroups(scrutiny)).containsExactlyInAnyOrder("rcs-district:RJ-UDR", "rcs-state:RJ");
    Execution notifying = runtime.createExecutionQuery().processInstanceId(instance.getId())
        .activityId(NOTIFY_SUPERVISOR).singleResult();
    assertThat(runtime.getVariableLocal(notifying.getId(), SlaVariables.ESCALATION_GROUP))
        .isEqualTo("rcs-state:RJ");

    Map<String, Object> breach = breachOf(instance);
    assertThat(breach).containsEntry("step", SCRUTINY).containsEntry("task_id", scrutiny.getId())
        .containsEntry("state_code", "RJ").containsEntry("district_code", "RJ-UDR")
        .containsEntry("candidate_group", "rcs-district:RJ-UDR").containsEntry("breached", true)
        .containsEntry("escalated_to", "rcs-state:RJ").containsEntry("late_by_minutes", 16L * 60);
    assertThat(((Timestamp) breach.get("escalated_at")).toInstant()).isEqualTo(istInstant("2026-01-20T10:00"));
    assertThat(breachCount("RJ") - breachesBefore).isEqualTo(1.0);
  }

  @Test
  void aDueDateChangedByHandDoesNotMoveTheBreach() {
    ProcessInstance instance = start("RJ", "RJ-UDR");
    Task scrutiny = task(instance);
    scrutiny.setDueDate(ist("2026-01-30T18:00"));
    tasks.saveTask(scrutiny);

    ClockUtil.setCurrentTime(ist("2026-01-20T10:00"));
    management.executeJob(timer(instance, ESCALATION).getId());

    // late by the SLA's due date, 19 January 18:00, not by the task's new one
    assertThat(breachOf(instance)).containsEntry("late_by_minutes", 16L * 60);
  }

  @Test
  void scrutinyCompletedInTimeCancelsItsTimers() {
    ProcessInstance instance = start("RJ", "RJ-UDR");

    tasks.complete(task(instance).getId());

    assertThat(instance).hasPassed(StepIds.END_SCRUTINISED).isEnded();
    assertThat(management.createJobQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  private ProcessInstance start(String state, String district) {
    return runtime.startProcessInstanceByKey(STEP_MODEL, Map.of(SlaVariables.SLA_PROCESS_KEY,
        SlaTestModels.SLA_PROCESS_KEY, "stateCode", state, "districtCode", district));
  }

  private Job timer(ProcessInstance instance, String timerEvent) {
    return SlaTestModels.timer(management, instance.getId(), timerEvent);
  }

  private List<String> candidateGroups(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType())).map(IdentityLink::getGroupId).toList();
  }

  private double breachCount(String state) {
    Counter counter = meters.find(BreachLog.METER).tags("process", SlaTestModels.SLA_PROCESS_KEY,
        "step", SCRUTINY, "state", state).counter();
    return counter == null ? 0 : counter.count();
  }

  /** The step's row in the ministry's read model, which records its breach. */
  private Map<String, Object> breachOf(ProcessInstance instance) {
    return jdbc.queryForMap("select * from insight_step where process_instance_id = ? and escalated_to is not null",
        instance.getId());
  }
}
