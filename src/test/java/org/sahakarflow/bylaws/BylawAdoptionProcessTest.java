package org.sahakarflow.bylaws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sahakarflow.CaseDriver.vars;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.system.India;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every path of {@code bye-law-adoption}, walked the way the society and the offices do. */
@SahakarTest
class BylawAdoptionProcessTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  BylawAdoptionService adoptions;
  BylawCases cases;

  @BeforeEach
  void setUp() {
    cases = new BylawCases(engine, jdbc);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void passedVoteThenRegisteredUpdatesTheSocietyRecord() {
    String key = cases.atScrutiny();
    String society = (String) cases.driver.variable(key, "registrationNumber");
    assertThat(key).matches("RJ-UDR-BYLAW-\\d{4}-\\d{6}");
    assertThat(cases.driver.variable(key, "voteOutcome")).isEqualTo("PASSED");
    assertThat(cases.driver.task(key, BylawAdoption.TASK_SCRUTINISE).getDueDate()).isNotNull();

    cases.driver.complete(key, BylawAdoption.TASK_SCRUTINISE, BylawCases.OFFICER, vars("scrutinyOutcome", "REGISTER"));

    assertThat(cases.ended(key, BylawAdoption.END_REGISTERED)).isTrue();
    Map<String, Object> row = jdbc.queryForMap(
        "select bye_law_version, adopted_activities, model_bye_laws_adopted_on from society where registration_number = ?", society);
    assertThat(row.get("bye_law_version")).isEqualTo("Model Bye-laws for PACS (2023)");
    assertThat(row.get("adopted_activities")).isEqualTo("DAIRY,GODOWN,JAN_AUSHADHI_KENDRA");
    assertThat(row.get("model_bye_laws_adopted_on")).isNotNull();
    assertThat(cases.status(key)).isEqualTo("REGISTERED");
    FileValue certificate = engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(cases.driver.historicIds(key)[0]).variableName(BylawAdoption.CERTIFICATE)
        .singleResult().getTypedValue() instanceof FileValue f ? f : null;
    assertThat(certificate).isNotNull();
    assertThat(certificate.getMimeType()).isEqualTo("application/pdf");
    assertThat(certificate.getFilename()).isEqualTo("amendment-" + key + ".pdf");
    assertThat(cases.notices(key)).containsSubsequence("BYLAW_MEETING_NOTICE", "BYLAW_SUBMITTED", "BYLAW_REGISTERED");
  }

  @Test
  void failedVoteEndsTheCaseWithANotice() {
    String key = cases.atMeeting();
    cases.meeting(key, 120, 99, 40, 99, 65, 34);

    assertThat(cases.driver.variable(key, "voteOutcome")).isEqualTo("REJECTED");
    assertThat(cases.ended(key, BylawAdoption.END_RESOLUTION_FAILED)).isTrue();
    assertThat(cases.notices(key)).contains("BYLAW_RESOLUTION_FAILED");
    assertThat(cases.status(key)).isEqualTo("CLOSED");
  }

  @Test
  void quorumNotMetEndsTheCaseEvenWithAUnanimousVote() {
    String key = cases.atMeeting();
    cases.meeting(key, 300, 59, 60, 59, 59, 0);

    assertThat(cases.driver.variable(key, "voteOutcome")).isEqualTo("NO_QUORUM");
    assertThat(cases.ended(key, BylawAdoption.END_RESOLUTION_FAILED)).isTrue();
    assertThat(cases.notices(key)).contains("BYLAW_RESOLUTION_FAILED");
  }

  @Test
  void meetingBeforeTheNoticePeriodIsRejectedAndTheTaskStaysOpen() {
    String key = cases.atMeeting();
    String earliest = (String) cases.driver.variable(key, "earliestMeetingDate");
    String dayBefore = LocalDate.parse(earliest).minusDays(1).toString();
    String taskId = cases.driver.task(key, BylawAdoption.TASK_RECORD_MEETING).getId();

    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, vars("meetingDate", dayBefore,
        "totalMembers", 100, "membersPresent", 80, "quorumRequired", 30, "membersVoting", 80,
        "votesInFavour", 80, "votesAgainst", 0)))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("too early").hasMessageContaining("14 clear days")
        .hasMessageContaining("on or after " + earliest);
    assertThat(cases.driver.task(key, BylawAdoption.TASK_RECORD_MEETING).getId()).isEqualTo(taskId);
  }

  @Test
  void noSubmissionWithinTheWindowRemindsThenLapses() {
    String key = cases.atMeeting();
    cases.meeting(key, 120, 99, 40, 99, 66, 33);
    assertThat(cases.driver.task(key, BylawAdoption.TASK_SUBMIT).getDueDate())
        .isEqualTo(cases.driver.variable(key, "submissionDeadline"));

    cases.advance(Duration.ofDays(54));
    cases.fire(key, BylawAdoption.TIMER_SUBMISSION_REMINDER);
    assertThat(cases.notices(key)).contains("REMINDER");
    cases.advance(Duration.ofDays(7));
    cases.fire(key, BylawAdoption.TIMER_SUBMISSION_WINDOW);

    assertThat(cases.ended(key, BylawAdoption.END_LAPSED)).isTrue();
    assertThat(cases.notices(key)).contains("BYLAW_LAPSED");
    assertThat(cases.status(key)).isEqualTo("CLOSED");
  }

  @Test
  void queryAnsweredThenRegistered() {
    String key = cases.atScrutiny();
    cases.driver.complete(key, BylawAdoption.TASK_SCRUTINISE, BylawCases.OFFICER,
        vars("scrutinyOutcome", "QUERY", "queryText", "Attach the presiding officer's certificate"));
    assertThat(cases.notices(key)).contains("BYLAW_QUERY");
    assertThat(cases.driver.task(key, BylawAdoption.TASK_ANSWER_QUERY)).isNotNull();

    cases.driver.complete(key, BylawAdoption.TASK_ANSWER_QUERY, null, vars("queryReply", "Attached"));
    cases.driver.complete(key, BylawAdoption.TASK_SCRUTINISE, BylawCases.OFFICER, vars("scrutinyOutcome", "REGISTER"));

    assertThat(cases.ended(key, BylawAdoption.END_REGISTERED)).isTrue();
  }

  @Test
  void unansweredQueryRemindsThenLapsesTheAmendment() {
    String key = cases.atScrutiny();
    String society = (String) cases.driver.variable(key, "registrationNumber");
    cases.driver.complete(key, BylawAdoption.TASK_SCRUTINISE, BylawCases.OFFICER,
        vars("scrutinyOutcome", "QUERY", "queryText", "Attach the copy of the meeting notice"));
    Task answer = cases.driver.task(key, BylawAdoption.TASK_ANSWER_QUERY);
    Job replyWindow = cases.driver.timer(key, BylawAdoption.TIMER_REPLY_WINDOW);
    assertThat(replyWindow.getDuedate()).isEqualTo(answer.getDueDate());
    String replyBy = DateTimeFormatter.ofPattern("dd-MM-yyyy").withZone(India.ZONE)
        .format(answer.getDueDate().toInstant());
    assertThat(noticeBody(key, "BYLAW_QUERY"))
        .as("the query names the answer task's own due date, and that the amendment lapses")
        .contains("on or before " + replyBy + ".", "the amendment lapses")
        .doesNotContain("{{", "—");

    Job reminder = cases.driver.timer(key, BylawAdoption.TIMER_REPLY_REMINDER);
    assertThat(reminder.getDuedate()).isBefore(replyWindow.getDuedate());
    ClockUtil.setCurrentTime(new Date(reminder.getDuedate().getTime() + 60_000));
    cases.fire(key, BylawAdoption.TIMER_REPLY_REMINDER);
    assertThat(cases.notices(key)).contains("REMINDER");
    assertThat(cases.driver.task(key, BylawAdoption.TASK_ANSWER_QUERY).getId()).isEqualTo(answer.getId());

    ClockUtil.setCurrentTime(new Date(replyWindow.getDuedate().getTime() + 60_000));
    cases.fire(key, BylawAdoption.TIMER_REPLY_WINDOW);

    assertThat(cases.ended(key, BylawAdoption.END_QUERY_LAPSED)).isTrue();
    assertThat(cases.driver.instances(key)).isEmpty();
    assertThat(cases.notices(key)).containsSubsequence("BYLAW_QUERY", "REMINDER", "BYLAW_LAPSED");
    assertThat(noticeBody(key, "BYLAW_LAPSED")).contains("No reply to the Registrar's query within the reply window");
    assertThat(cases.status(key)).isEqualTo("CLOSED");
    assertThat(jdbc.queryForMap("select outcome, registered_on from bylaw_amendment where case_number = ?", key))
        .containsEntry("outcome", "Amendment lapsed").containsEntry("registered_on", null);
    Map<String, Object> record = jdbc.queryForMap(
        "select bye_law_version, adopted_activities, model_bye_laws_adopted_on from society where registration_number = ?",
        society);
    assertThat(record).containsEntry("bye_law_version", "as registered (imported)")
        .containsEntry("adopted_activities", null).containsEntry("model_bye_laws_adopted_on", null);
  }

  @Test
  void refusedThenAppealReversedRegistersTheAmendment() {
    String key = cases.atScrutiny();
    cases.driver.complete(key, BylawAdoption.TASK_SCRUTINISE, BylawCases.OFFICER,
        vars("scrutinyOutcome", "REFUSE", "refusalReasons", "Quorum figures do not match the minutes"));
    assertThat(cases.notices(key)).contains("BYLAW_REFUSED");
    assertThat(cases.driver.variable(key, "appealDeadline")).isNotNull();

    cases.driver.complete(key, BylawAdoption.TASK_LODGE_APPEAL, null, vars("appealGrounds", "Minutes corrected"));
    assertThat(engine.getTaskService().getIdentityLinksForTask(cases.driver.task(key, BylawAdoption.TASK_HEAR_APPEAL).getId()))
        .anyMatch(link -> "rcs-state:RJ".equals(link.getGroupId()));
    cases.driver.complete(key, BylawAdoption.TASK_HEAR_APPEAL, "registrar.rj",
        vars("appealOrder", "REVERSE", "appealOrderReasons", "Figures verified"));

    assertThat(cases.ended(key, BylawAdoption.END_REGISTERED)).isTrue();
    assertThat(cases.status(key)).isEqualTo("REGISTERED");
  }

  @Test
  void refusedAndNoAppealWithinTheWindowMakesTheRefusalFinal() {
    String key = cases.atScrutiny();
    cases.driver.complete(key, BylawAdoption.TASK_SCRUTINISE, BylawCases.OFFICER,
        vars("scrutinyOutcome", "REFUSE", "refusalReasons", "Not the State's Model Bye-laws"));
    cases.advance(Duration.ofDays(61));
    cases.fire(key, BylawAdoption.TIMER_APPEAL_WINDOW);

    assertThat(cases.ended(key, BylawAdoption.END_REFUSAL_FINAL)).isTrue();
    assertThat(cases.status(key)).isEqualTo("CLOSED");
  }

  @Test
  void appealRemandedGoesBackToScrutiny() {
    String key = cases.atScrutiny();
    cases.driver.complete(key, BylawAdoption.TASK_SCRUTINISE, BylawCases.OFFICER,
        vars("scrutinyOutcome", "REFUSE", "refusalReasons", "Incomplete"));
    cases.driver.complete(key, BylawAdoption.TASK_LODGE_APPEAL, null, vars("appealGrounds", "Complete now"));
    cases.driver.complete(key, BylawAdoption.TASK_HEAR_APPEAL, "registrar.rj", vars("appealOrder", "REMAND"));

    assertThat(cases.driver.task(key, BylawAdoption.TASK_SCRUTINISE)).isNotNull();
  }

  @Test
  void registrarDirectedAmendmentGivesTheSocietyTheDraftToApprove() {
    String society = cases.society("RJ", "RJ-UDR", BylawCases.SECRETARY);
    engine.getIdentityService().setAuthentication(BylawCases.OFFICER, List.of("rcs-district:RJ-UDR"),
        List.of("RJ"));
    String key = adoptions.direct(society, "Section 10A direction: adopt the Model Bye-laws");
    engine.getIdentityService().clearAuthentication();
    cases.driver.runAsyncSteps(key);

    assertThat(cases.notices(key)).contains("BYLAW_DIRECTED");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(key)
        .taskDefinitionKey(BylawAdoption.TASK_APPROVE_DRAFT).taskCandidateUser(BylawCases.SECRETARY).count()).isEqualTo(1);
    assertThat(jdbc.queryForObject("select directed from bylaw_amendment where case_number = ?", Boolean.class, key)).isTrue();
  }

  @Test
  void scrutinySlaRemindsThenEscalatesToTheStateRegistrar() {
    String key = cases.atScrutiny();
    Date reminderAt = cases.driver.timer(key, BylawAdoption.TIMER_SCRUTINY_REMINDER).getDuedate();
    Date dueAt = cases.driver.timer(key, BylawAdoption.TIMER_SCRUTINY_DUE).getDuedate();
    assertThat(reminderAt).isAfter(ClockUtil.getCurrentTime()).isBefore(dueAt);
    assertThat(cases.driver.task(key, BylawAdoption.TASK_SCRUTINISE).getDueDate()).isEqualTo(dueAt);

    ClockUtil.setCurrentTime(new Date(reminderAt.getTime() + 60_000));
    assertThat(due(key, BylawAdoption.TIMER_SCRUTINY_REMINDER)).isTrue();
    assertThat(due(key, BylawAdoption.TIMER_SCRUTINY_DUE)).isFalse();
    cases.fire(key, BylawAdoption.TIMER_SCRUTINY_REMINDER);
    assertThat(cases.notices(key)).contains("REMINDER");

    ClockUtil.setCurrentTime(new Date(dueAt.getTime() + 60_000));
    assertThat(due(key, BylawAdoption.TIMER_SCRUTINY_DUE)).isTrue();
    cases.fire(key, BylawAdoption.TIMER_SCRUTINY_DUE);

    assertThat(jdbc.queryForList("select escalated_to from insight_step where business_key = ? and step = ? and escalated_to is not null",
        String.class, key, BylawAdoption.TASK_SCRUTINISE)).containsExactly("rcs-state:RJ");
    assertThat(engine.getTaskService().getIdentityLinksForTask(cases.driver.task(key, BylawAdoption.TASK_SCRUTINISE).getId()))
        .anyMatch(link -> "rcs-state:RJ".equals(link.getGroupId()));
    assertThat(cases.notices(key)).contains("ESCALATION");
  }

  private String noticeBody(String key, String notice) {
    return jdbc.queryForObject("select body from notice_log where business_key = ? and notice = ?", String.class,
        key, notice);
  }

  /** Whether the timer is due by the engine clock. */
  private boolean due(String key, String timerId) {
    return engine.getManagementService().createJobQuery().processInstanceId(cases.driver.instances(key).get(0).getId())
        .activityId(timerId).timers().executable().count() == 1;
  }

  @Test
  void registrarsStatutoryLimitIsRecordedAsABreach() {
    String key = cases.atScrutiny();
    cases.advance(Duration.ofDays(61));
    cases.fire(key, BylawAdoption.TIMER_STATUTORY_LIMIT);

    assertThat(jdbc.queryForObject("select statutory_limit_escalated_to from insight_case where business_key = ?",
        String.class, key)).isEqualTo("rcs-state:RJ");
    assertThat(cases.driver.task(key, BylawAdoption.TASK_SCRUTINISE)).isNotNull();
  }
}
