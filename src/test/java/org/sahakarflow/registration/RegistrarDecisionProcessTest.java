package org.sahakarflow.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sahakarflow.CaseDriver.vars;

import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahakarflow.CaseDriver;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.StepIds;
import org.sahakarflow.system.India;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The registrar's side of every registration, walked through the M-PACS process that calls it. */
@SahakarTest
class RegistrarDecisionProcessTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  TaskService tasks;
  @Autowired
  ManagementService management;
  @Autowired
  HistoryService history;
  @Autowired
  JdbcTemplate jdbc;
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
  void queryAnsweredThenRegisteredWithoutInspection() {
    String key = cases.mpacsAtScrutiny("RJ", "RJ-UDR", "applicant.rj-udr");
    cases.complete(key, StepIds.TASK_SCRUTINISE_APPLICATION, "rcs.rj-udr",
        vars("scrutinyOutcome", "QUERY", "queryText", "Attach the promoters' meeting minutes"));

    Task answer = cases.task(key, StepIds.TASK_ANSWER_QUERY);
    assertThat(tasks.getIdentityLinksForTask(answer.getId())).extracting(IdentityLink::getUserId)
        .containsExactly("applicant.rj-udr");
    assertThat(notices(key)).contains("QUERY_RAISED");
    String replyBy = DateTimeFormatter.ofPattern("dd-MM-yyyy").withZone(India.ZONE)
        .format(answer.getDueDate().toInstant());
    assertThat(jdbc.queryForObject("select body from notice_log where business_key = ? and notice = ?",
        String.class, key, "QUERY_RAISED"))
        .as("the query names the answer task's own due date, and that silence ends in an appealable refusal")
        .contains("on or before " + replyBy + ".", "refused for non-compliance; you may appeal")
        .doesNotContain("{{", "—");

    cases.complete(key, StepIds.TASK_ANSWER_QUERY, null, vars("queryReply", "Minutes attached"));
    cases.complete(key, StepIds.TASK_SCRUTINISE_APPLICATION, "rcs.rj-udr", vars("scrutinyOutcome", "DECIDE"));
    cases.complete(key, StepIds.TASK_DECIDE_REGISTRATION, "rcs.rj-udr", vars("decision", "REGISTER"));

    assertThat(passed(key, "registrar-decision")).containsSubsequence(StepIds.TASK_SCRUTINISE_APPLICATION,
        StepIds.TASK_SEND_QUERY, StepIds.TASK_ANSWER_QUERY, StepIds.TASK_SCRUTINISE_APPLICATION, StepIds.TASK_DECIDE_REGISTRATION,
        StepIds.TASK_ALLOCATE_REGISTRATION_NUMBER, StepIds.TASK_ISSUE_CERTIFICATE, StepIds.END_REGISTERED);
    assertThat(passed(key, "registrar-decision")).doesNotContain(StepIds.TASK_INSPECT_SOCIETY);
    assertThat(cases.variable(key, "registrationNumber")).asString().startsWith("RJ/UDR/MPACS/");
  }

  @Test
  void refusalNeedsWrittenReasonsAndOpensTheAppealWindow() {
    String key = cases.mpacsAtScrutiny("RJ", "RJ-UDR", "applicant.rj-udr");
    cases.complete(key, StepIds.TASK_SCRUTINISE_APPLICATION, "rcs.rj-udr", vars("scrutinyOutcome", "DECIDE"));
    Task decide = cases.task(key, StepIds.TASK_DECIDE_REGISTRATION);
    assertThatThrownBy(() -> tasks.complete(decide.getId(), vars("decision", "REFUSE")))
        .hasMessageContaining("refusalReasons");

    cases.complete(key, StepIds.TASK_DECIDE_REGISTRATION, "rcs.rj-udr",
        vars("decision", "REFUSE", "refusalReasons", "Area overlaps an existing PACS"));

    assertThat(passed(key, "registrar-decision")).contains(StepIds.TASK_RECORD_REFUSAL, StepIds.END_REFUSED);
    assertThat(cases.variable(key, "appealDeadline")).isNotNull();
    assertThat(cases.variable(key, "registrationNumber")).isNull();
    assertThat(notices(key)).contains("DECISION_REFUSED");
  }

  @Test
  void overdueScrutinyIsRemindedThenEscalatedToTheStateRegistrar() {
    String key = cases.mpacsAtScrutiny("RJ", "RJ-UDR", "applicant.rj-udr");
    Task scrutiny = cases.task(key, StepIds.TASK_SCRUTINISE_APPLICATION);
    Job due = cases.timer(key, StepIds.TIMER_SCRUTINY_DUE);
    assertThat(scrutiny.getDueDate()).isEqualTo(due.getDuedate()).isAfter(ClockUtil.getCurrentTime());

    Job reminder = cases.timer(key, StepIds.TIMER_SCRUTINY_REMINDER);
    ClockUtil.setCurrentTime(new Date(reminder.getDuedate().getTime() + 60_000));
    management.executeJob(reminder.getId());
    cases.runAsyncSteps(key);
    assertThat(notices(key)).contains("REMINDER");
    assertThat(groups(scrutiny)).containsExactly("rcs-district:RJ-UDR");

    ClockUtil.setCurrentTime(new Date(due.getDuedate().getTime() + 3_600_000));
    management.executeJob(due.getId());
    cases.runAsyncSteps(key);

    assertThat(groups(scrutiny)).containsExactlyInAnyOrder("rcs-district:RJ-UDR", "rcs-state:RJ");
    assertThat(notices(key)).contains("ESCALATION");
    Map<String, Object> breach = jdbc.queryForMap(
        "select step, escalated_to, late_by_minutes from insight_step where business_key = ? and escalated_to is not null", key);
    assertThat(breach).containsEntry("step", StepIds.TASK_SCRUTINISE_APPLICATION)
        .containsEntry("escalated_to", "rcs-state:RJ");
    assertThat(((Number) breach.get("late_by_minutes")).longValue()).isEqualTo(60);
    cases.complete(key, StepIds.TASK_SCRUTINISE_APPLICATION, "registrar.rj", vars("scrutinyOutcome", "DECIDE"));
    assertThat(cases.task(key, StepIds.TASK_DECIDE_REGISTRATION)).isNotNull();
  }

  @Test
  void statutoryLimitEscalatesWhereTheActDoesNotDeemRegistration() {
    String key = cases.mpacsAtScrutiny("RJ", "RJ-UDR", "applicant.rj-udr");
    Job limit = cases.timer(key, StepIds.START_STATUTORY_LIMIT_REACHED);
    ClockUtil.setCurrentTime(new Date(limit.getDuedate().getTime() + 60_000));
    management.executeJob(limit.getId());
    cases.runAsyncSteps(key);

    assertThat(cases.variable(key, "statutoryConsequence")).isEqualTo("ESCALATE");
    assertThat(groups(cases.task(key, StepIds.TASK_SCRUTINISE_APPLICATION))).contains("rcs-state:RJ");
    assertThat(jdbc.queryForObject("select statutory_limit_escalated_to from insight_case where business_key = ?",
        String.class, key)).isEqualTo("rcs-state:RJ");
    assertThat(notices(key)).contains("ESCALATION");
  }

  @Test
  void delhiDeemsTheUndecidedApplicationRegisteredAtTheStatutoryLimit() {
    String key = cases.mpacsAtScrutiny("DL", "DL-NDL", "applicant.dl-ndl");
    Job limit = cases.timer(key, StepIds.START_STATUTORY_LIMIT_REACHED);
    Date submittedAt = (Date) cases.variable(key, "submittedAt");
    assertThat(limit.getDuedate()).isAfter(new Date(submittedAt.getTime() + 89L * 24 * 3_600_000));

    ClockUtil.setCurrentTime(new Date(limit.getDuedate().getTime() + 60_000));
    management.executeJob(limit.getId());
    cases.runAsyncSteps(key);

    assertThat(passed(key, "registrar-decision")).containsSubsequence("Gateway_DeemedByAct",
        StepIds.TASK_RECORD_DEEMED_REGISTRATION, StepIds.TASK_ALLOCATE_REGISTRATION_NUMBER, StepIds.END_REGISTERED)
        .doesNotContain(StepIds.TASK_DECIDE_REGISTRATION);
    assertThat(passed(key, "mpacs-registration")).contains("End_SocietyDeemedRegistered");
    String number = (String) cases.variable(key, "registrationNumber");
    assertThat(number).startsWith("DL/NDL/MPACS/");
    assertThat(jdbc.queryForMap("select deemed, registered_by from society where registration_number = ?", number))
        .containsEntry("deemed", true).containsEntry("registered_by", null);
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(key).count()).isZero();
  }

  private List<String> passed(String businessKey, String processKey) {
    HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(businessKey).processDefinitionKey(processKey)
        .orderByProcessInstanceStartTime().desc().listPage(0, 1).get(0);
    return history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list()
        .stream().map(a -> a.getActivityId()).toList();
  }

  private List<String> groups(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(g -> g != null).toList();
  }

  private List<String> notices(String businessKey) {
    return jdbc.queryForList("select notice from notice_log where business_key = ?", String.class, businessKey);
  }
}
