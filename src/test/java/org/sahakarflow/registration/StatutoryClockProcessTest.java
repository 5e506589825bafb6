package org.sahakarflow.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sahakarflow.CaseDriver.vars;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahakarflow.CaseDriver;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.StepIds;
import org.sahakarflow.sla.StatutoryExtensions;
import org.sahakarflow.system.ConflictException;
import org.sahakarflow.system.EngineClock;
import org.sahakarflow.system.India;
import org.sahakarflow.system.InvalidInputException;
import org.sahakarflow.system.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The registrar's statutory time to decide runs from submission, whatever step the case is at:
 * Delhi's 90 days (deemed registration the day after, one Government extension of 90 days before
 * expiry) and Rajasthan's default 60 (escalation to the State Registrar).
 */
@SahakarTest
class StatutoryClockProcessTest {

  static final Authentication DELHI_REGISTRAR = new Authentication("registrar.dl", List.of("rcs-state:DL"));

  @Autowired
  ProcessEngine engine;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  ManagementService management;
  @Autowired
  HistoryService history;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  StatutoryExtensions extensions;
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
  void delhiCaseStillAtNabardOnDayNinetyIsDeemedRegisteredOnDayNinetyOne() {
    String key = atViabilityNote("DL", "DL-NDL", "applicant.dl-ndl");
    LocalDate submitted = India.dateOf((Date) cases.variable(key, "submittedAt"));
    Job limit = cases.timer(key, StepIds.START_STATUTORY_LIMIT_REACHED);
    assertThat(limit.getDuedate()).isEqualTo(India.endOf(submitted.plusDays(90)));

    ClockUtil.setCurrentTime(new Date(limit.getDuedate().getTime() - 60_000));
    assertThat(executable(limit)).as("still day 90").isFalse();
    // the engine was down over the weekend: the job runs three days late
    ClockUtil.setCurrentTime(India.startOf(submitted.plusDays(94)));
    assertThat(executable(limit)).isTrue();
    management.executeJob(limit.getId());
    cases.runAsyncSteps(key);

    assertThat(passed(key, "mpacs-registration")).contains(StepIds.START_STATUTORY_LIMIT_REACHED,
        "Start_DeemedRegistration", "CallActivity_RegisterDeemed", "End_SocietyDeemedRegistered")
        .doesNotContain(StepIds.END_SOCIETY_REGISTERED, "CallActivity_RegistrarDecision");
    assertThat(passed(key, "registrar-decision")).containsSubsequence("Gateway_DeemedByAct",
        StepIds.TASK_RECORD_DEEMED_REGISTRATION, StepIds.TASK_ALLOCATE_REGISTRATION_NUMBER, StepIds.END_REGISTERED)
        .doesNotContain(StepIds.TASK_SCRUTINISE_APPLICATION, StepIds.TASK_DECIDE_REGISTRATION);
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(key).count())
        .as("NABARD's note is no longer asked for").isZero();
    String number = (String) cases.variable(key, "registrationNumber");
    Map<String, Object> society = jdbc.queryForMap(
        "select deemed, registered_by, registered_on from society where registration_number = ?", number);
    assertThat(society).containsEntry("deemed", true).containsEntry("registered_by", null);
    assertThat(society.get("registered_on").toString()).isEqualTo(submitted.plusDays(91).toString());
    assertThat(cases.variable(key, "registrationDate")).isEqualTo(submitted.plusDays(91).toString());
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("dccb-credit-linkage")
        .variableValueEquals("registeredBy", key).count()).as("credit linkage requested").isOne();
  }

  @Test
  void rajasthanCaseStillAtNabardAtTheLimitIsPutBeforeTheStateRegistrarAndCarriesOn() {
    String key = atViabilityNote("RJ", "RJ-UDR", "applicant.rj-udr");
    Job limit = cases.timer(key, StepIds.START_STATUTORY_LIMIT_REACHED);

    ClockUtil.setCurrentTime(new Date(limit.getDuedate().getTime() + 60_000));
    management.executeJob(limit.getId());
    cases.runAsyncSteps(key);

    assertThat(groups(key, StepIds.TASK_RECORD_VIABILITY_NOTE)).containsExactlyInAnyOrder("nabard:RJ", "rcs-state:RJ");
    assertThat(jdbc.queryForObject("select statutory_limit_escalated_to from insight_case where business_key = ?",
        String.class, key)).isEqualTo("rcs-state:RJ");
    assertThat(cases.variable(key, "deemedRegistrationOn")).isNull();
    cases.complete(key, StepIds.TASK_RECORD_VIABILITY_NOTE, null, Map.of("viabilityNote", "viable", "viable", true));
    assertThat(cases.task(key, StepIds.TASK_SCRUTINISE_APPLICATION)).isNotNull();
  }

  @Test
  void aDelhiRefusalWithinTheLimitLeavesNothingToDeem() {
    String key = cases.mpacsAtScrutiny("DL", "DL-NDL", "applicant.dl-ndl");
    cases.complete(key, StepIds.TASK_SCRUTINISE_APPLICATION, "rcs.dl-ndl", vars("scrutinyOutcome", "DECIDE"));
    cases.complete(key, StepIds.TASK_DECIDE_REGISTRATION, "rcs.dl-ndl",
        vars("decision", "REFUSE", "refusalReasons", "Area already served by a PACS"));

    assertThat(cases.instances(key)).as("no limit timer left running").isEmpty();
    assertThat(jdbc.queryForObject("select count(*) from society where application_number = ?", Integer.class, key))
        .isZero();
  }

  @Test
  void delhisGovernmentExtendsTheLimitOnceByNinetyDaysBeforeItExpires() {
    String key = atViabilityNote("DL", "DL-NDL", "applicant.dl-ndl");
    LocalDate submitted = India.dateOf((Date) cases.variable(key, "submittedAt"));
    ClockUtil.setCurrentTime(India.startOf(submitted.plusDays(80)));

    StatutoryExtensions.Extension extension = extensions.extend(key, "F.47/2026/Coop/1234",
        submitted.plusDays(79), DELHI_REGISTRAR);

    assertThat(extension.previousLastDay()).isEqualTo(submitted.plusDays(90));
    assertThat(extension.lastDay()).isEqualTo(submitted.plusDays(180));
    Job limit = cases.timer(key, StepIds.START_STATUTORY_LIMIT_REACHED);
    assertThat(limit.getDuedate()).isEqualTo(India.endOf(submitted.plusDays(180)));
    assertThat(cases.variable(key, "statutoryExtensionReference")).isEqualTo("F.47/2026/Coop/1234");
    assertThat(cases.variable(key, "statutoryExtensionRecordedBy")).isEqualTo("registrar.dl");
    assertThatThrownBy(() -> extensions.extend(key, "F.47/2026/Coop/1300", submitted.plusDays(80), DELHI_REGISTRAR))
        .isInstanceOf(ConflictException.class).hasMessageContaining("extended once already");

    ClockUtil.setCurrentTime(India.startOf(submitted.plusDays(181)));
    management.executeJob(limit.getId());
    cases.runAsyncSteps(key);
    String number = (String) cases.variable(key, "registrationNumber");
    assertThat(jdbc.queryForObject("select registered_on from society where registration_number = ?", String.class,
        number)).isEqualTo(submitted.plusDays(181).toString());
  }

  @Test
  void anExtensionIsRefusedAfterExpiryWhereTheActHasNoneAndToAnotherStatesRegistrar() {
    String delhi = atViabilityNote("DL", "DL-NDL", "applicant.dl-ndl");
    LocalDate submitted = India.dateOf((Date) cases.variable(delhi, "submittedAt"));
    assertThatThrownBy(() -> extensions.extend(delhi, "F.1", submitted,
        new Authentication("registrar.rj", List.of("rcs-state:RJ"))))
        .as("another State's Registrar does not see the case").isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> extensions.extend(delhi, "F.1", submitted.plusDays(1), DELHI_REGISTRAR))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("approvedOn");
    assertThatThrownBy(() -> extensions.extend(delhi, " ", submitted, DELHI_REGISTRAR))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("approvalReference");

    ClockUtil.setCurrentTime(India.startOf(submitted.plusDays(91)));
    assertThatThrownBy(() -> extensions.extend(delhi, "F.1", submitted.plusDays(91), DELHI_REGISTRAR))
        .as("day 91: the limit has expired").isInstanceOf(ConflictException.class)
        .hasMessageContaining("expired on " + submitted.plusDays(90));

    ClockUtil.reset();
    String rajasthan = atViabilityNote("RJ", "RJ-UDR", "applicant.rj-udr");
    assertThatThrownBy(() -> extensions.extend(rajasthan, "F.2", EngineClock.today(),
        new Authentication("registrar.rj", List.of("rcs-state:RJ"))))
        .isInstanceOf(ConflictException.class).hasMessageContaining("cannot be extended");
  }

  @Test
  void anUnansweredQueryEndsInAnAppealableRefusalForNonCompliance() {
    String key = cases.mpacsAtScrutiny("RJ", "RJ-UDR", "applicant.rj-udr");
    cases.complete(key, StepIds.TASK_SCRUTINISE_APPLICATION, "rcs.rj-udr",
        vars("scrutinyOutcome", "QUERY", "queryText", "Attach the bank certificate"));
    Job replyWindow = cases.timer(key, StepIds.TIMER_REPLY_WINDOW_CLOSED);

    ClockUtil.setCurrentTime(new Date(replyWindow.getDuedate().getTime() + 60_000));
    management.executeJob(replyWindow.getId());
    cases.runAsyncSteps(key);

    assertThat(passed(key, "registrar-decision")).containsSubsequence("Error_Lapsed", "Task_RefuseForNonCompliance",
        StepIds.TASK_RECORD_REFUSAL, StepIds.END_REFUSED);
    assertThat(passed(key, "mpacs-registration")).contains(StepIds.END_NOT_REGISTERED);
    assertThat(cases.variable(key, "decision")).isEqualTo("REFUSE");
    assertThat(cases.variable(key, "decidedBy")).isEqualTo("rcs.rj-udr");
    assertThat((String) cases.variable(key, "refusalReasons")).contains("non-compliance", "Attach the bank certificate");
    assertThat(cases.variable(key, "appealDeadline")).isNotNull();
    assertThat(jdbc.queryForList("select notice from notice_log where business_key = ?", String.class, key))
        .contains("DECISION_REFUSED").doesNotContain("LAPSE");
    assertThat(appeals.admit(key, "applicant.rj-udr")).containsEntry("refusalReasons", cases.variable(key, "refusalReasons"));
  }

  @Test
  void anAppealWindowEndingOnAHolidayRunsToTheNextWorkingDay() {
    // refused on 3 August 2026: day 60 is Gandhi Jayanti, the Saturday after is a working day in Rajasthan
    ClockUtil.setCurrentTime(India.startOf(LocalDate.of(2026, 8, 3)));
    String key = cases.mpacsAtScrutiny("RJ", "RJ-UDR", "applicant.rj-udr");
    cases.complete(key, StepIds.TASK_SCRUTINISE_APPLICATION, "rcs.rj-udr", vars("scrutinyOutcome", "DECIDE"));
    cases.complete(key, StepIds.TASK_DECIDE_REGISTRATION, "rcs.rj-udr",
        vars("decision", "REFUSE", "refusalReasons", "Area already served by a PACS"));

    assertThat(cases.variable(key, "refusedOn")).isEqualTo("2026-08-03");
    assertThat(cases.variable(key, "appealDeadline")).isEqualTo("2026-10-03");
  }

  @Autowired
  AppealAdmission appeals;

  private String atViabilityNote(String state, String district, String applicant) {
    String key = cases.apply("mpacs-registration", applicant, CaseDriver.application(state, district, 25)).getBusinessKey();
    cases.runAsyncSteps(key);
    cases.uploadDocuments(key);
    assertThat(cases.task(key, StepIds.TASK_RECORD_VIABILITY_NOTE)).isNotNull();
    return key;
  }

  private boolean executable(Job job) {
    return management.createJobQuery().jobId(job.getId()).executable().count() == 1;
  }

  private List<String> passed(String businessKey, String processKey) {
    HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(businessKey).processDefinitionKey(processKey)
        .orderByProcessInstanceStartTime().desc().listPage(0, 1).get(0);
    return history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list()
        .stream().map(a -> a.getActivityId()).toList();
  }

  private List<String> groups(String key, String taskKey) {
    return tasks.getIdentityLinksForTask(cases.task(key, taskKey).getId()).stream()
        .map(IdentityLink::getGroupId).filter(g -> g != null).toList();
  }
}
