package org.sahakarflow.bylaws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sahakarflow.CaseDriver.vars;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.TestUsers;
import org.sahakarflow.identity.Groups;
import org.sahakarflow.system.India;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Maharashtra's amendment paths, by the engine clock: an amendment the Registrar has not decided
 * within two months of its submission is referred the next day to the next higher officer (the
 * State Registrar's office), who has two months from the referral, after which it is deemed
 * registered the day after (Maharashtra Co-operative Societies Act 1960 s.13(1A)); and a directed
 * amendment the society has not submitted in the direction's time is registered by the Registrar
 * after hearing it (s.14(2)).
 */
@SahakarTest
class MaharashtraAmendmentTest {

  static final String DISTRICT = "MH-PUN";

  @Autowired
  ProcessEngine engine;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  BylawAdoptionService adoptions;
  BylawCases cases;
  String secretary;
  String officer;
  String stateRegistrar;

  @BeforeEach
  void setUp() {
    cases = new BylawCases(engine, jdbc);
    secretary = TestUsers.ensure(engine.getIdentityService(), "applicant.mh-pun", Groups.APPLICANTS, "MH");
    officer = TestUsers.ensure(engine.getIdentityService(), "rcs.mh-pun", Groups.rcsDistrict(DISTRICT), "MH");
    stateRegistrar = TestUsers.ensure(engine.getIdentityService(), "registrar.mh", Groups.rcsState("MH"), "MH");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    engine.getIdentityService().clearAuthentication();
  }

  /** Proposed on Monday 2 March 2026, met on 17 March and submitted on Wednesday 18 March. */
  String submittedOn18March() {
    ClockUtil.setCurrentTime(India.startOf(LocalDate.of(2026, 3, 2)));
    String key = cases.propose(cases.society("MH", DISTRICT, secretary), secretary, "MH", DISTRICT);
    cases.noticeGiven(key, BylawCases.MEMBERS);
    cases.meeting(key, 99, 99, 66, 33);
    assertThat(cases.today()).isEqualTo("2026-03-18");
    cases.driver.complete(key, BylawAdoption.TASK_SUBMIT, null, BylawCases.submission());
    return key;
  }

  @Test
  void undecidedOnTheLastDayOfTheTwoMonthsTheNextDayItIsReferredToTheStateRegistrarsOffice() {
    String key = submittedOn18March();
    assertThat(cases.driver.variable(key, BylawAdoption.REFERRAL_DECISION_MONTHS)).isEqualTo(2);

    // day N: two calendar months from 18 March end with 18 May; the Registrar still holds it
    at(LocalDate.of(2026, 5, 18), LocalTime.of(23, 0));
    assertThat(due(key, BylawAdoption.TIMER_STATUTORY_LIMIT)).isFalse();
    assertThat(cases.driver.task(key, BylawAdoption.TASK_SCRUTINISE)).isNotNull();

    // day N+1: referred
    at(LocalDate.of(2026, 5, 19), LocalTime.of(0, 1));
    assertThat(due(key, BylawAdoption.TIMER_STATUTORY_LIMIT)).isTrue();
    cases.fire(key, BylawAdoption.TIMER_STATUTORY_LIMIT);

    assertThat(openTasks(key)).containsExactly(BylawAdoption.TASK_DECIDE_REFERRED);
    assertThat(candidateGroups(key, BylawAdoption.TASK_DECIDE_REFERRED)).containsExactly("rcs-state:MH");
    assertThat(cases.driver.variable(key, BylawAdoption.REFERRED_ON)).isEqualTo("2026-05-19");
    assertThat(cases.driver.variable(key, BylawAdoption.REFERRAL_LAST_DAY)).isEqualTo("2026-07-19");
    assertThat(jdbc.queryForObject("select statutory_limit_escalated_to from insight_case where business_key = ?",
        String.class, key)).isEqualTo("rcs-state:MH");
    assertThat(cases.notices(key)).contains("ESCALATION");
  }

  @Test
  void theHigherOfficerDecidingOnTheLastDayOfTheReferralRegistersItUnderHisName() {
    String key = referredOn19May();
    at(LocalDate.of(2026, 7, 19), LocalTime.of(23, 0));
    assertThat(due(key, BylawAdoption.TIMER_REFERRAL_LIMIT)).isFalse();
    String taskId = cases.driver.task(key, BylawAdoption.TASK_DECIDE_REFERRED).getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, vars("scrutinyOutcome", "QUERY")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("scrutinyOutcome");
    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, vars("scrutinyOutcome", "REFUSE")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("refusalReasons");

    cases.driver.complete(key, BylawAdoption.TASK_DECIDE_REFERRED, stateRegistrar, vars("scrutinyOutcome", "REGISTER"));

    assertThat(cases.ended(key, BylawAdoption.END_REGISTERED)).isTrue();
    assertThat(amendment(key)).containsEntry("status", "REGISTERED").containsEntry("deemed", false)
        .containsEntry("registered_by", stateRegistrar);
    assertThat(amendment(key).get("registered_on").toString()).isEqualTo("2026-07-19");
  }

  @Test
  void undecidedOnTheHigherOfficersLastDayTheAmendmentIsDeemedRegisteredTheDayAfter() {
    String key = referredOn19May();
    String society = (String) cases.driver.variable(key, "registrationNumber");

    at(LocalDate.of(2026, 7, 20), LocalTime.of(0, 1));
    assertThat(due(key, BylawAdoption.TIMER_REFERRAL_LIMIT)).isTrue();
    // the job runs three days late: the Act's day, not the job's, is the day of registration
    at(LocalDate.of(2026, 7, 23), LocalTime.of(10, 0));
    cases.fire(key, BylawAdoption.TIMER_REFERRAL_LIMIT);

    assertThat(cases.ended(key, BylawAdoption.END_REGISTERED)).isTrue();
    assertThat(cases.driver.variable(key, BylawAdoption.AMENDMENT_REGISTERED_ON)).isEqualTo("2026-07-20");
    Map<String, Object> row = amendment(key);
    assertThat(row).containsEntry("status", "REGISTERED").containsEntry("deemed", true)
        .containsEntry("registered_by", null);
    assertThat(row.get("registered_on").toString()).isEqualTo("2026-07-20");
    assertThat(jdbc.queryForObject("select model_bye_laws_adopted_on from society where registration_number = ?",
        LocalDate.class, society)).isEqualTo("2026-07-20");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(cases.driver.historicIds(key)[0]).variableName(BylawAdoption.CERTIFICATE).count())
        .isEqualTo(1);
    assertThat(cases.notices(key)).contains("BYLAW_REGISTERED");
  }

  @Test
  void aDirectedAmendmentNotSubmittedInTheDirectionsTimeIsRegisteredByTheRegistrarAfterHearingTheSociety() {
    // directed on Monday 2 March 2026: 90 days end on Sunday 31 May, so the time runs to Monday 1 June
    ClockUtil.setCurrentTime(India.startOf(LocalDate.of(2026, 3, 2)));
    String society = cases.society("MH", DISTRICT, secretary);
    String key = direct(society);
    assertThat(cases.driver.variable(key, BylawAdoption.COMPLY_BY)).isEqualTo("2026-06-01");
    assertThat(cases.notices(key)).contains("BYLAW_DIRECTED");
    // the society never puts the draft to its board

    at(LocalDate.of(2026, 6, 1), LocalTime.of(23, 0));
    assertThat(due(key, BylawAdoption.TIMER_DIRECTED_PERIOD)).isFalse();
    at(LocalDate.of(2026, 6, 2), LocalTime.of(0, 1));
    assertThat(due(key, BylawAdoption.TIMER_DIRECTED_PERIOD)).isTrue();
    cases.fire(key, BylawAdoption.TIMER_DIRECTED_PERIOD);

    // the society's own steps are closed: the Registrar hears it
    assertThat(openTasks(key)).containsExactly(BylawAdoption.TASK_HEAR_DIRECTED);
    assertThat(candidateGroups(key, BylawAdoption.TASK_HEAR_DIRECTED)).containsExactly("rcs-district:MH-PUN");
    // the hearing is reminded and escalated by its SLA like the Registrar's other steps
    Date hearingDue = cases.driver.timer(key, BylawAdoption.TIMER_DIRECTED_HEARING_DUE).getDuedate();
    assertThat(cases.driver.task(key, BylawAdoption.TASK_HEAR_DIRECTED).getDueDate()).isEqualTo(hearingDue)
        .isAfter(ClockUtil.getCurrentTime());
    assertThat(cases.driver.timer(key, BylawAdoption.TIMER_DIRECTED_HEARING_REMINDER).getDuedate()).isBefore(hearingDue);
    String taskId = cases.driver.task(key, BylawAdoption.TASK_HEAR_DIRECTED).getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, vars("directedOrder", "REGISTER",
        "directedOrderReasons", "Heard on 5 June; no cause shown")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("adoptedActivities");
    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, vars("directedOrder", "REGISTER",
        "adoptedActivities", "DAIRY")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("directedOrderReasons");

    cases.driver.complete(key, BylawAdoption.TASK_HEAR_DIRECTED, officer, vars("directedOrder", "REGISTER",
        "adoptedActivities", "DAIRY,GODOWN", "directedOrderReasons", "Heard on 5 June; no cause shown"));

    assertThat(cases.ended(key, BylawAdoption.END_REGISTERED_BY_REGISTRAR)).isTrue();
    assertThat(amendment(key)).containsEntry("status", "REGISTERED").containsEntry("deemed", false)
        .containsEntry("registered_by", officer).containsEntry("adopted_activities", "DAIRY,GODOWN")
        .containsEntry("outcome", "Amendment registered by the Registrar");
    assertThat(jdbc.queryForObject("select bye_law_version from society where registration_number = ?",
        String.class, society)).isEqualTo("Model Bye-laws for PACS (2023)");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(cases.driver.historicIds(key)[0]).variableName(BylawAdoption.CERTIFICATE).count())
        .isEqualTo(1);
    assertThat(cases.notices(key)).contains("BYLAW_REGISTERED");
  }

  @Test
  void aDirectedAmendmentSubmittedInTimeGoesOnToTheRegistrarsScrutiny() {
    ClockUtil.setCurrentTime(India.startOf(LocalDate.of(2026, 3, 2)));
    String key = direct(cases.society("MH", DISTRICT, secretary));
    cases.noticeGiven(key, BylawCases.MEMBERS);
    cases.meeting(key, 99, 99, 66, 33);
    cases.driver.complete(key, BylawAdoption.TASK_SUBMIT, null, BylawCases.submission());

    at(LocalDate.of(2026, 6, 2), LocalTime.of(0, 1));
    cases.fire(key, BylawAdoption.TIMER_DIRECTED_PERIOD);

    assertThat(openTasks(key)).containsExactly(BylawAdoption.TASK_SCRUTINISE);
    cases.driver.complete(key, BylawAdoption.TASK_SCRUTINISE, officer, vars("scrutinyOutcome", "REGISTER"));
    assertThat(cases.ended(key, BylawAdoption.END_REGISTERED)).isTrue();
    assertThat(cases.status(key)).isEqualTo("REGISTERED");
  }

  @Test
  void aDirectedAmendmentWhoseVoteFailsStaysOpenForTheRegistrarUntilTheDirectionsTimeIsOver() {
    ClockUtil.setCurrentTime(India.startOf(LocalDate.of(2026, 3, 2)));
    String key = direct(cases.society("MH", DISTRICT, secretary));
    cases.noticeGiven(key, BylawCases.MEMBERS);
    cases.meeting(key, 99, 99, 40, 59);

    assertThat(cases.ended(key, BylawAdoption.END_RESOLUTION_FAILED)).isTrue();
    assertThat(cases.status(key)).isEqualTo("OPEN");
    at(LocalDate.of(2026, 6, 2), LocalTime.of(0, 1));
    cases.fire(key, BylawAdoption.TIMER_DIRECTED_PERIOD);

    assertThat(openTasks(key)).containsExactly(BylawAdoption.TASK_HEAR_DIRECTED);
    cases.driver.complete(key, BylawAdoption.TASK_HEAR_DIRECTED, officer, vars("directedOrder", "DROP",
        "directedOrderReasons", "The members' objections heard are sound"));
    assertThat(cases.ended(key, BylawAdoption.END_DIRECTION_DROPPED)).isTrue();
    assertThat(cases.notices(key)).contains("BYLAW_DIRECTION_CLOSED");
    assertThat(jdbc.queryForObject("select body from notice_log where business_key = ? and notice = ?", String.class,
        key, "BYLAW_DIRECTION_CLOSED")).contains("The members' objections heard are sound");
    assertThat(amendment(key)).containsEntry("status", "CLOSED").containsEntry("outcome", "Direction dropped");
  }

  private String referredOn19May() {
    String key = submittedOn18March();
    at(LocalDate.of(2026, 5, 19), LocalTime.of(0, 1));
    cases.fire(key, BylawAdoption.TIMER_STATUTORY_LIMIT);
    assertThat(openTasks(key)).containsExactly(BylawAdoption.TASK_DECIDE_REFERRED);
    return key;
  }

  private String direct(String society) {
    engine.getIdentityService().setAuthentication(officer, List.of(Groups.rcsDistrict(DISTRICT)), List.of("MH"));
    String key;
    try {
      key = adoptions.direct(society, "Section 14(1) direction: adopt the Model Bye-laws");
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    cases.driver.runAsyncSteps(key);
    return key;
  }

  private static void at(LocalDate day, LocalTime time) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(time).atZone(India.ZONE).toInstant()));
  }

  private boolean due(String key, String timerId) {
    return engine.getManagementService().createJobQuery().processInstanceId(cases.driver.instances(key).get(0).getId())
        .activityId(timerId).timers().executable().count() == 1;
  }

  private List<String> openTasks(String key) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(key).list().stream()
        .map(task -> task.getTaskDefinitionKey()).toList();
  }

  private List<String> candidateGroups(String key, String taskKey) {
    return engine.getTaskService().getIdentityLinksForTask(cases.driver.task(key, taskKey).getId()).stream()
        .map(IdentityLink::getGroupId).filter(group -> group != null).toList();
  }

  private Map<String, Object> amendment(String key) {
    return jdbc.queryForMap("select status, deemed, registered_by, registered_on, adopted_activities, outcome from bylaw_amendment"
        + " where case_number = ?", key).entrySet().stream()
        .collect(java.util.HashMap::new, (m, e) -> m.put(e.getKey().toLowerCase(), e.getValue()), Map::putAll);
  }
}
