package org.sahakarflow.bylaws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sahakarflow.CaseDriver.vars;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sahakarflow.Pdfs;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.system.CaseVariables;
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
  void passedVoteThenRegisteredUpdatesTheSocietyRecord() throws IOException {
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
    Pdfs.Signature signature = Pdfs.signature(certificate.getValue().readAllBytes());
    assertThat(signature.intact()).isTrue();
    assertThat(signature.reason()).contains(key);
    assertThat(signature.location()).isEqualTo("Udaipur, Rajasthan");
    assertThat(cases.notices(key)).contains("BYLAW_MEETING_NOTICE", "BYLAW_SUBMITTED", "BYLAW_REGISTERED");
  }

  @Test
  void failedVoteEndsTheCaseWithANotice() {
    String key = cases.atMeeting();
    cases.meeting(key, 99, 99, 65, 34);

    assertThat(cases.driver.variable(key, "voteOutcome")).isEqualTo("REJECTED");
    assertThat(cases.ended(key, BylawAdoption.END_RESOLUTION_FAILED)).isTrue();
    assertThat(cases.notices(key)).contains("BYLAW_RESOLUTION_FAILED");
    assertThat(cases.status(key)).isEqualTo("CLOSED");
  }

  @Test
  void quorumNotMetEndsTheCaseEvenWithAUnanimousVote() {
    // RJ: a fifth of the 120 members on the roll is 24
    String key = cases.atMeeting();
    cases.meeting(key, 23, 23, 23, 0);

    assertThat(cases.driver.variable(key, "voteOutcome")).isEqualTo("NO_QUORUM");
    assertThat(cases.ended(key, BylawAdoption.END_RESOLUTION_FAILED)).isTrue();
    assertThat(cases.notices(key)).contains("BYLAW_RESOLUTION_FAILED");
  }

  @ParameterizedTest(name = "{0}: {1} on the roll, quorum {2}")
  @CsvSource({
      // RJ has the default rule: a fifth of the members (rounded up) or 50, whichever is less
      "RJ, RJ-UDR, 100, 20", "RJ, RJ-UDR, 101, 21", "RJ, RJ-UDR, 1000, 50",
      // Assam: a tenth of the members, the Act's floor
      "AS, AS-KAM, 101, 11"})
  void quorumIsTheStatesRuleOverTheRollAndIsMetFromExactlyThatMany(String state, String district, int members,
      int quorum) {
    String shortOfQuorum = atMeeting(state, district, members);
    assertThat(cases.driver.variable(shortOfQuorum, "quorumRequired")).isEqualTo(quorum);
    assertThat((String) cases.driver.variable(shortOfQuorum, "quorumRule")).contains("of the members");
    // a quorum typed into the record is not the case's: the State's rule decides
    Map<String, Object> record = cases.meetingRecord(shortOfQuorum, quorum - 1, quorum - 1, quorum - 1, 0);
    record.put("quorumRequired", 1);
    cases.driver.complete(shortOfQuorum, BylawAdoption.TASK_RECORD_MEETING, null, record);
    assertThat(cases.driver.variable(shortOfQuorum, "voteOutcome")).isEqualTo("NO_QUORUM");
    assertThat(cases.driver.variable(shortOfQuorum, "quorumRequired")).isEqualTo(quorum);

    String quorate = atMeeting(state, district, members);
    cases.meeting(quorate, quorum, quorum, quorum, 0);
    assertThat(cases.driver.variable(quorate, "voteOutcome")).isEqualTo("PASSED");
  }

  @Test
  void aMeetingRecordThatDoesNotReconcileIsRefusedNamingTheFieldAndTheTaskStaysOpen() {
    String key = cases.atMeeting();
    String taskId = cases.driver.task(key, BylawAdoption.TASK_RECORD_MEETING).getId();

    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, cases.meetingRecord(key, 99, 99, 66, 32)))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("votesInFavour: votes in favour (66) and against (32) add up to 98, not the 99 members voting");
    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, cases.meetingRecord(key, 99, 99, 67, 33)))
        .hasMessageContaining("votesInFavour: votes in favour (67) and against (33) add up to 100, not the 99 members voting");
    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, cases.meetingRecord(key, 99, 100, 67, 33)))
        .hasMessageContaining("membersVoting: members voting (100) exceed members present (99)");
    assertThatThrownBy(() -> engine.getTaskService().complete(taskId,
        cases.meetingRecord(key, BylawCases.MEMBERS + 1, 99, 66, 33)))
        .hasMessageContaining("membersPresent: members present (121) exceed the 120 members on the roll");
    assertThat(cases.driver.task(key, BylawAdoption.TASK_RECORD_MEETING).getId()).isEqualTo(taskId);
    assertThat(cases.driver.variable(key, "voteOutcome")).isNull();

    cases.meeting(key, BylawCases.MEMBERS, 99, 66, 33);
    assertThat(cases.driver.variable(key, "voteOutcome")).isEqualTo("PASSED");
    assertThat(cases.driver.variable(key, "voteSummary"))
        .isEqualTo("120 of 120 members present (quorum 24), 99 voting: 66 in favour, 33 against");
  }

  @Test
  void theNoticeMayBeIssuedOnTheDayOfTheBoardsApprovalButNotTheDayBefore() {
    String key = cases.proposed();
    cases.draftApproved(key);
    LocalDate approvedOn = cases.today();
    String taskId = cases.driver.task(key, BylawAdoption.TASK_ISSUE_NOTICE).getId();

    assertThatThrownBy(() -> engine.getTaskService().complete(taskId,
        vars("noticeIssuedOn", approvedOn.minusDays(1).toString(), "totalMembers", 120)))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("noticeIssuedOn: a notice dated " + approvedOn.minusDays(1)
            + " predates the board's approval of the draft on " + approvedOn);
    assertThat(cases.driver.task(key, BylawAdoption.TASK_ISSUE_NOTICE).getId()).isEqualTo(taskId);

    engine.getTaskService().complete(taskId, vars("noticeIssuedOn", approvedOn.toString(), "totalMembers", 120));
    assertThat(cases.driver.variable(key, "earliestMeetingDate")).isEqualTo(approvedOn.plusDays(15).toString());
  }

  @Test
  void aBoardResolutionDatedTomorrowIsRefused() {
    String key = cases.proposed();
    String taskId = cases.driver.task(key, BylawAdoption.TASK_APPROVE_DRAFT).getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, vars("adoptedActivities", "DAIRY",
        "boardResolutionDate", cases.today().plusDays(1).toString())))
        .hasMessageContaining("boardResolutionDate: the board's resolution cannot be dated in the future");
    assertThat(cases.driver.task(key, BylawAdoption.TASK_APPROVE_DRAFT).getId()).isEqualTo(taskId);
  }

  @Test
  void aSubmissionWithoutAnyOneOfItsFourDocumentsIsRefusedNamingIt() {
    String key = cases.atMeeting();
    cases.meeting(key, 99, 99, 66, 33);
    String taskId = cases.driver.task(key, BylawAdoption.TASK_SUBMIT).getId();

    for (String missing : BylawAdoption.SUBMISSION_DOCUMENTS) {
      Map<String, Object> three = BylawCases.submission();
      three.remove(missing);
      assertThatThrownBy(() -> engine.getTaskService().complete(taskId, three))
          .as("without " + missing).isInstanceOf(ProcessEngineException.class)
          .hasMessageContaining(missing + ": upload the document as a file");
    }
    Map<String, Object> disguised = BylawCases.submission();
    disguised.put(BylawAdoption.RESOLUTION_DOCUMENT, Variables.fileValue("resolution.pdf")
        .file("<html>minutes</html>".getBytes(StandardCharsets.UTF_8)).mimeType("application/pdf").create());
    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, disguised))
        .hasMessageContaining("resolutionDocument: must be a PDF, JPEG or PNG file");
    assertThat(cases.driver.task(key, BylawAdoption.TASK_SUBMIT).getId()).isEqualTo(taskId);
    assertThat(cases.driver.variable(key, CaseVariables.SUBMITTED_AT)).isNull();

    cases.driver.complete(key, BylawAdoption.TASK_SUBMIT, null, BylawCases.submission());
    assertThat(cases.driver.task(key, BylawAdoption.TASK_SCRUTINISE)).isNotNull();
    FileValue certificate = (FileValue) engine.getRuntimeService().getVariableTyped(
        cases.driver.instances(key).get(0).getId(), BylawAdoption.PRESIDING_CERTIFICATE_DOCUMENT);
    assertThat(certificate.getFilename()).isEqualTo("presidingOfficerCertificateDocument.pdf");
  }

  @Test
  void theModelByeLawsForPacsAreRefusedForADairySocietyAndNothingIsOpened() {
    String dairy = cases.society("RJ", "RJ-UDR", BylawCases.SECRETARY, "DAIRY");
    long before = jdbc.queryForObject("select count(*) from bylaw_amendment", Long.class);

    assertThatThrownBy(() -> cases.propose(dairy, BylawCases.SECRETARY, "RJ", "RJ-UDR"))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("registrationNumber: the Model Bye-laws for PACS apply to PACS only; " + dairy
            + " is on record as a DAIRY society");
    assertThat(jdbc.queryForObject("select count(*) from bylaw_amendment", Long.class)).isEqualTo(before);

    String pacs = cases.society("RJ", "RJ-UDR", BylawCases.SECRETARY, "MPACS");
    assertThat(cases.propose(pacs, BylawCases.SECRETARY, "RJ", "RJ-UDR")).matches("RJ-UDR-BYLAW-\\d{4}-\\d{6}");
  }

  private String atMeeting(String state, String district, int members) {
    String key = cases.propose(cases.society(state, district, BylawCases.SECRETARY), BylawCases.SECRETARY, state, district);
    cases.noticeGiven(key, members);
    return key;
  }

  @Test
  void meetingBeforeTheNoticePeriodIsRejectedAndTheTaskStaysOpen() {
    String key = cases.atMeeting();
    String earliest = (String) cases.driver.variable(key, "earliestMeetingDate");
    String dayBefore = LocalDate.parse(earliest).minusDays(1).toString();
    String taskId = cases.driver.task(key, BylawAdoption.TASK_RECORD_MEETING).getId();

    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, vars("meetingDate", dayBefore,
        "membersPresent", 80, "membersVoting", 80, "votesInFavour", 80, "votesAgainst", 0)))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("too early").hasMessageContaining("14 clear days")
        .hasMessageContaining("on or after " + earliest);
    assertThat(cases.driver.task(key, BylawAdoption.TASK_RECORD_MEETING).getId()).isEqualTo(taskId);
  }

  @Test
  void noSubmissionWithinTheWindowRemindsThenLapses() {
    String key = cases.atMeeting();
    cases.meeting(key, 99, 99, 66, 33);
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
  void unansweredQueryRemindsThenEndsInAnAppealableRefusalForNonCompliance() {
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
        .as("the query names the answer task's own due date, and that silence ends in an appealable refusal")
        .contains("on or before " + replyBy + ".", "refused for non-compliance; the society may appeal")
        .doesNotContain("{{", "—");

    Job reminder = cases.driver.timer(key, BylawAdoption.TIMER_REPLY_REMINDER);
    assertThat(reminder.getDuedate()).isBefore(replyWindow.getDuedate());
    ClockUtil.setCurrentTime(new Date(reminder.getDuedate().getTime() + 60_000));
    cases.fire(key, BylawAdoption.TIMER_REPLY_REMINDER);
    assertThat(cases.notices(key)).contains("REMINDER");
    assertThat(cases.driver.task(key, BylawAdoption.TASK_ANSWER_QUERY).getId()).isEqualTo(answer.getId());

    ClockUtil.setCurrentTime(new Date(replyWindow.getDuedate().getTime() + 60_000));
    cases.fire(key, BylawAdoption.TIMER_REPLY_WINDOW);

    assertThat(cases.driver.variable(key, "scrutinyOutcome")).isEqualTo("REFUSE");
    assertThat((String) cases.driver.variable(key, "refusalReasons"))
        .contains("non-compliance", "Attach the copy of the meeting notice");
    assertThat(cases.driver.variable(key, "decidedBy")).isEqualTo(BylawCases.OFFICER);
    assertThat(cases.driver.variable(key, "appealDeadline")).isNotNull();
    assertThat(cases.notices(key)).containsSubsequence("BYLAW_QUERY", "REMINDER", "BYLAW_REFUSED")
        .doesNotContain("BYLAW_LAPSED");
    assertThat(cases.driver.task(key, BylawAdoption.TASK_LODGE_APPEAL)).as("the society may appeal").isNotNull();
    assertThat(jdbc.queryForObject("select registered_on from bylaw_amendment where case_number = ?", String.class, key))
        .isNull();
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
    // Rajasthan's rules refer nothing to a higher officer: the district keeps the case, escalated
    assertThat(cases.driver.variable(key, BylawAdoption.REFERRAL_DECISION_MONTHS)).isNull();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(key)
        .taskDefinitionKey(BylawAdoption.TASK_DECIDE_REFERRED).count()).isZero();
  }

  @Test
  void aDirectedAmendmentNotSubmittedInTimeWhereTheActGivesTheRegistrarNoPowerEndsRecordingTheNonCompliance() {
    // directed on Monday 2 March 2026: Rajasthan's default 90 days run to Sunday 31 May, so to Monday 1 June
    ClockUtil.setCurrentTime(India.startOf(LocalDate.of(2026, 3, 2)));
    String key = directed();
    assertThat(cases.driver.variable(key, BylawAdoption.COMPLY_BY)).isEqualTo("2026-06-01");
    assertThat(cases.driver.variable(key, BylawAdoption.REGISTRAR_REGISTERS_DIRECTED)).isEqualTo(false);

    ClockUtil.setCurrentTime(India.startOf(LocalDate.of(2026, 6, 2)));
    cases.fire(key, BylawAdoption.TIMER_DIRECTED_PERIOD);

    assertThat(cases.ended(key, BylawAdoption.END_NON_COMPLIANCE_RECORDED)).isTrue();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(key).count()).isZero();
    assertThat(cases.notices(key)).containsSubsequence("BYLAW_DIRECTED", "BYLAW_DIRECTION_CLOSED");
    assertThat(noticeBody(key, "BYLAW_DIRECTION_CLOSED")).contains("2026-06-01", "non-compliance is recorded");
    assertThat(cases.status(key)).isEqualTo("CLOSED");
    assertThat(jdbc.queryForObject("select outcome from bylaw_amendment where case_number = ?", String.class, key))
        .isEqualTo("Non-compliance recorded");
  }

  @Test
  void aDirectedAmendmentRegisteredBeforeTheDirectionsTimeClosesTheCaseAndItsTimer() {
    String key = directed();
    cases.noticeGiven(key, BylawCases.MEMBERS);
    cases.meeting(key, 99, 99, 66, 33);
    cases.driver.complete(key, BylawAdoption.TASK_SUBMIT, null, BylawCases.submission());
    cases.driver.complete(key, BylawAdoption.TASK_SCRUTINISE, BylawCases.OFFICER, vars("scrutinyOutcome", "REGISTER"));

    assertThat(cases.ended(key, BylawAdoption.END_REGISTERED)).isTrue();
    assertThat(cases.driver.instances(key)).isEmpty();
    assertThat(cases.status(key)).isEqualTo("REGISTERED");
  }

  private String directed() {
    String society = cases.society("RJ", "RJ-UDR", BylawCases.SECRETARY);
    engine.getIdentityService().setAuthentication(BylawCases.OFFICER, List.of("rcs-district:RJ-UDR"), List.of("RJ"));
    String key;
    try {
      key = adoptions.direct(society, "Direction: adopt the Model Bye-laws");
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    cases.driver.runAsyncSteps(key);
    return key;
  }
}
