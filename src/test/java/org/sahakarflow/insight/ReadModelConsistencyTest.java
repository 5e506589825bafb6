package org.sahakarflow.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sahakarflow.CaseDriver.vars;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahakarflow.CaseDriver;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.StepIds;
import org.sahakarflow.bylaws.BylawCases;
import org.sahakarflow.membership.MembershipCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The read model agrees with Camunda's history, step for step, whatever the cases went through. */
@SahakarTest
class ReadModelConsistencyTest {

  static final String SCRUTINY = StepIds.TASK_SCRUTINISE_APPLICATION;

  @Autowired
  ProcessEngine engine;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  TransactionTemplate transactions;
  CaseDriver cases;

  @BeforeEach
  void setUp() {
    cases = new CaseDriver(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void mixedRunMatchesHistory() {
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() / 1000 * 1000));
    List<String> keys = new ArrayList<>();

    // registered after a query, a reassignment and a decision
    String registered = cases.mpacsAtScrutiny("RJ", "RJ-UDR", "applicant.rj-udr");
    keys.add(registered);
    cases.complete(registered, SCRUTINY, "rcs.rj-udr", vars("scrutinyOutcome", "QUERY", "queryText", "minutes?"));
    cases.complete(registered, StepIds.TASK_ANSWER_QUERY, null, vars("queryReply", "attached"));
    engine.getTaskService().setAssignee(cases.task(registered, SCRUTINY).getId(), "registrar.rj");
    cases.complete(registered, SCRUTINY, "registrar.rj", vars("scrutinyOutcome", "DECIDE"));
    cases.complete(registered, StepIds.TASK_DECIDE_REGISTRATION, "rcs.rj-udr", vars("decision", "REGISTER"));

    // scrutiny escalated by its timer, then done late
    String escalated = cases.mpacsAtScrutiny("AP", "AP-TPT", "applicant.ap-tpt");
    keys.add(escalated);
    Job due = cases.timer(escalated, StepIds.TIMER_SCRUTINY_DUE);
    ClockUtil.setCurrentTime(new Date(due.getDuedate().getTime() + 3 * 3_600_000));
    engine.getManagementService().executeJob(due.getId());
    cases.runAsyncSteps(escalated);
    ClockUtil.setCurrentTime(new Date(due.getDuedate().getTime() + 5 * 3_600_000));
    cases.complete(escalated, SCRUTINY, "rcs.ap-tpt", vars("scrutinyOutcome", "DECIDE"));

    // left open at scrutiny, claimed only: the row shows who holds it
    String claimed = cases.mpacsAtScrutiny("UP", "UP-LKO", "applicant.up-lko");
    keys.add(claimed);
    engine.getTaskService().claim(cases.task(claimed, SCRUTINY).getId(), "rcs.up-lko");

    // a dairy case cancelled by an administrator, skipping custom listeners
    ProcessInstance dairy = cases.apply("dairy-registration", "applicant.rj-udr",
        CaseDriver.application("RJ", "RJ-UDR", 25));
    keys.add(dairy.getBusinessKey());
    cases.runAsyncSteps(dairy.getBusinessKey());
    engine.getRuntimeService().deleteProcessInstance(dairy.getId(), "withdrawn", true);

    // a completion the engine rolls back: the step stays open in both
    String rolledBack = cases.mpacsAtScrutiny("UP", "UP-LKO", "applicant.up-lko");
    keys.add(rolledBack);
    Task scrutiny = cases.task(rolledBack, SCRUTINY);
    assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
      engine.getTaskService().complete(scrutiny.getId(), vars("scrutinyOutcome", "DECIDE"));
      throw new IllegalStateException("the office's database connection dropped");
    })).isInstanceOf(IllegalStateException.class);

    // the other processes: a fisheries application at its water-body check, the credit linkage the
    // registered M-PACS started, a refused application under appeal, a bye-law amendment and a
    // national membership each refused and appealed (the latter two move the engine clock on)
    ProcessInstance fisheries = cases.apply("fisheries-registration", "applicant.od-kho",
        CaseDriver.application("OD", "OD-KHO", 25));
    keys.add(fisheries.getBusinessKey());
    cases.runAsyncSteps(fisheries.getBusinessKey());
    cases.uploadDocuments(fisheries.getBusinessKey());
    keys.add(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("dccb-credit-linkage")
        .variableValueEquals("registrationNumber", cases.variable(registered, "registrationNumber"))
        .singleResult().getBusinessKey());
    String appealed = cases.mpacsAtScrutiny("RJ", "RJ-UDR", "applicant.rj-udr");
    keys.add(appealed);
    cases.complete(appealed, SCRUTINY, "rcs.rj-udr", vars("scrutinyOutcome", "DECIDE"));
    cases.complete(appealed, StepIds.TASK_DECIDE_REGISTRATION, "rcs.rj-udr",
        vars("decision", "REFUSE", "refusalReasons", "No viable business plan"));
    cases.apply("registration-appeal", "applicant.rj-udr", vars("applicationNumber", appealed,
        "appealGrounds", "The plan was overlooked", "stateCode", "RJ"));
    cases.runAsyncSteps(appealed);
    cases.complete(appealed, StepIds.TASK_HEAR_APPEAL, "registrar.rj", vars("appealOrder", "CONFIRM",
        "appealOrderReasons", "The refusal stands."));
    keys.add(new BylawCases(engine, jdbc).atHearing());
    keys.add(new MembershipCases(engine, jdbc).atHearing("NCEL"));

    List<String> processes = new ArrayList<>();
    for (String key : keys) {
      assertMatchesHistory(key);
      engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(key).list()
          .forEach(instance -> processes.add(instance.getProcessDefinitionKey()));
    }
    assertThat(processes).as("every process took part").contains("mpacs-registration", "dairy-registration",
        "fisheries-registration", "registrar-decision", "registration-appeal", "dccb-credit-linkage",
        "bye-law-adoption", "national-coop-membership");
    Map<String, Object> late = jdbc.queryForMap(
        "select breached, late_by_minutes from insight_step where business_key = ? and step = ?", escalated, SCRUTINY);
    assertThat(late).containsEntry("breached", true);
    assertThat(((Number) late.get("late_by_minutes")).longValue()).isEqualTo(300);
    assertThat(jdbc.queryForObject("select count(*) from insight_step where business_key = ? and step = ? and escalated_to is not null",
        Integer.class, escalated, SCRUTINY)).isEqualTo(1);
    assertThat(jdbc.queryForObject("select breached from insight_step where business_key = ? and step = ?",
        Boolean.class, rolledBack, SCRUTINY)).isFalse();
  }

  @Test
  void aLostStepRowIsWrittenWholeAtTheStepsNextEvent() {
    String key = cases.mpacsAtScrutiny("RJ", "RJ-UDR", "applicant.rj-udr");
    Task scrutiny = cases.task(key, SCRUTINY);
    Map<String, Object> before = jdbc.queryForMap("select * from insight_step where task_id = ?", scrutiny.getId());
    jdbc.update("delete from insight_step where task_id = ?", scrutiny.getId());

    engine.getTaskService().claim(scrutiny.getId(), "rcs.rj-udr");

    Map<String, Object> healed = jdbc.queryForMap("select * from insight_step where task_id = ?", scrutiny.getId());
    assertThat(healed.get("assignee")).isEqualTo("rcs.rj-udr");
    for (String column : List.of("case_id", "process_instance_id", "business_key", "process_key", "step",
        "step_name", "state_code", "district_code", "society_type", "candidate_group", "created_at", "due_at")) {
      assertThat(healed.get(column)).as(column).isNotNull().isEqualTo(before.get(column));
    }
  }

  @Test
  void caseStartedInARolledBackTransactionLeavesNoRow() {
    List<String> started = new ArrayList<>();
    assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
      ProcessInstance instance = cases.apply("mpacs-registration", "applicant.rj-udr",
          CaseDriver.application("RJ", "RJ-UDR", 25));
      started.add(instance.getId());
      assertThat(jdbc.queryForObject("select count(*) from insight_case where case_id = ?", Integer.class,
          instance.getId())).as("visible inside the transaction").isEqualTo(1);
      throw new IllegalStateException("rolled back");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(started).hasSize(1);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(started.get(0)).count())
        .isZero();
    assertThat(jdbc.queryForObject("select count(*) from insight_case where case_id = ?", Integer.class, started.get(0)))
        .isZero();
    assertThat(jdbc.queryForObject("select count(*) from insight_step where case_id = ?", Integer.class, started.get(0)))
        .isZero();
  }

  private void assertMatchesHistory(String key) {
    List<HistoricTaskInstance> history = engine.getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceBusinessKey(key).list();
    List<Map<String, Object>> rows = jdbc.queryForList("select * from insight_step where business_key = ?", key);
    assertThat(rows).as("steps of " + key).hasSameSizeAs(history).isNotEmpty();
    for (HistoricTaskInstance task : history) {
      Map<String, Object> row = rows.stream().filter(r -> task.getId().equals(r.get("task_id"))).findFirst()
          .orElseThrow(() -> new AssertionError("no read-model row for " + task.getTaskDefinitionKey() + " of " + key));
      String what = task.getTaskDefinitionKey() + " of " + key;
      assertThat(row.get("case_id")).as(what).isEqualTo(task.getRootProcessInstanceId());
      assertThat(row.get("process_key")).as(what).isEqualTo(task.getProcessDefinitionKey());
      assertThat(row.get("step")).as(what).isEqualTo(task.getTaskDefinitionKey());
      assertThat(row.get("assignee")).as(what).isEqualTo(task.getAssignee());
      assertThat(millis(row.get("created_at"))).as(what).isEqualTo(millis(task.getStartTime()));
      assertThat(millis(row.get("due_at"))).as(what).isEqualTo(millis(task.getDueDate()));
      assertThat(millis(row.get("ended_at"))).as(what).isEqualTo(millis(task.getEndTime()));
      assertThat(row.get("end_reason")).as(what).isEqualTo(task.getDeleteReason());
      boolean late = "completed".equals(task.getDeleteReason()) && task.getDueDate() != null
          && task.getEndTime().after(task.getDueDate());
      assertThat(row.get("breached")).as(what).isEqualTo(late);
    }
    for (HistoricProcessInstance instance : engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(key).list()) {
      if (instance.getSuperProcessInstanceId() != null) {
        continue;
      }
      Map<String, Object> row = jdbc.queryForMap("select * from insight_case where case_id = ?", instance.getId());
      assertThat(millis(row.get("started_at"))).isEqualTo(millis(instance.getStartTime()));
      assertThat(millis(row.get("ended_at"))).as("end of " + key).isEqualTo(millis(instance.getEndTime()));
      assertThat(row.get("state_code")).isEqualTo(instance.getTenantId());
    }
  }

  /** Millisecond instants: the engine and the read model each take "now" from the engine clock. */
  private static Long millis(Object value) {
    return value == null ? null : ((Date) value).getTime();
  }
}
