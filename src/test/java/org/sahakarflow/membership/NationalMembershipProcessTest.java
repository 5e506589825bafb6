package org.sahakarflow.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sahakarflow.CaseDriver.vars;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sahakarflow.Pdfs;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.system.CaseConflict;
import org.sahakarflow.system.India;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every path of {@code national-coop-membership}, walked the way the society and the national society do. */
@SahakarTest
class NationalMembershipProcessTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  JdbcTemplate jdbc;
  MembershipCases cases;

  @BeforeEach
  void setUp() {
    cases = new MembershipCases(engine, jdbc);
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void verifiedThenAdmittedByTheBoardWithNumberCertificateAndNotice() throws Exception {
    String key = cases.applied("NCEL");
    assertThat(key).matches("RJ-UDR-NCEL-\\d{4}-\\d{6}");
    assertThat(cases.notices(key)).containsExactly("NATIONAL_ACKNOWLEDGED");
    assertThat(cases.row(key)).containsEntry("status", "OPEN").containsEntry("standing", "Y");
    Task verify = cases.driver.task(key, NationalMembership.TASK_VERIFY);
    assertThat(verify.getDueDate()).isNotNull();
    assertThat(candidateGroups(verify)).containsExactly("national:NCEL");
    assertThat(cases.driver.variable(key, "amountDue")).isEqualTo(100000L);
    assertThat(cases.driver.variable(key, "nationalSocietyName")).isEqualTo("National Cooperative Exports Limited");

    cases.verified(key);
    assertThat(candidateGroups(cases.driver.task(key, NationalMembership.TASK_BOARD_DECISION))).containsExactly("national:NCEL");
    cases.driver.complete(key, NationalMembership.TASK_BOARD_DECISION, "ncel.board", vars("boardDecision", "ADMIT"));

    assertThat(cases.ended(key, NationalMembership.END_ADMITTED)).isTrue();
    assertThat(cases.driver.instances(key)).isEmpty();
    String membershipNumber = (String) cases.driver.variable(key, "membershipNumber");
    assertThat(membershipNumber).matches("NCEL/\\d{4}/\\d{6}");
    assertThat(cases.row(key)).containsEntry("status", "ADMITTED").containsEntry("standing", "Y")
        .containsEntry("membership_number", membershipNumber).containsEntry("outcome", "Society admitted");
    assertThat(cases.row(key).get("admitted_on")).isNotNull();
    FileValue certificate = (FileValue) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(cases.driver.historicIds(key)[0]).variableName(NationalMembership.CERTIFICATE)
        .singleResult().getTypedValue();
    assertThat(certificate.getMimeType()).isEqualTo("application/pdf");
    assertThat(certificate.getFilename()).isEqualTo("membership-" + membershipNumber.replace('/', '-') + ".pdf");
    byte[] pdf = certificate.getValue().readAllBytes();
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    Pdfs.Signature signature = Pdfs.signature(pdf);
    assertThat(signature.intact()).isTrue();
    assertThat(signature.reason()).contains("National Cooperative Exports Limited");
    assertThat(cases.notices(key)).containsExactly("NATIONAL_ACKNOWLEDGED", "NATIONAL_ADMITTED");
    assertThat(noticeBody(key, "NATIONAL_ADMITTED")).contains(membershipNumber, "National Cooperative Exports Limited")
        .doesNotContain("{{", "—");
  }

  @Test
  void bbsslTakesSharesAtTheirValueAndNcolItsFee() {
    String bbssl = cases.atBoard("BBSSL");
    assertThat(cases.driver.variable(bbssl, "amountDue")).isEqualTo(5000L);
    assertThat(candidateGroups(cases.driver.task(bbssl, NationalMembership.TASK_BOARD_DECISION))).containsExactly("national:BBSSL");
    cases.driver.complete(bbssl, NationalMembership.TASK_BOARD_DECISION, "bbssl.board", vars("boardDecision", "ADMIT"));
    assertThat((String) cases.driver.variable(bbssl, "membershipNumber")).startsWith("BBSSL/");

    String ncol = cases.applied("NCOL");
    assertThat(cases.driver.variable(ncol, "amountDue")).isEqualTo(100000L);
    assertThat(candidateGroups(cases.driver.task(ncol, NationalMembership.TASK_VERIFY))).containsExactly("national:NCOL");
  }

  @Test
  void queryAnsweredThenAdmitted() {
    String key = cases.applied("NCEL");
    cases.driver.complete(key, NationalMembership.TASK_VERIFY, "ncel.board",
        vars("verificationOutcome", "QUERY", "queryText", "Attach the certified copy of the board resolution"));
    assertThat(cases.notices(key)).containsExactly("NATIONAL_ACKNOWLEDGED", "NATIONAL_QUERY");
    assertThat(noticeBody(key, "NATIONAL_QUERY")).contains("Attach the certified copy", "the application lapses")
        .doesNotContain("{{", "—");
    Task answer = cases.driver.task(key, NationalMembership.TASK_ANSWER_QUERY);
    assertThat(engine.getTaskService().createTaskQuery().taskId(answer.getId())
        .taskCandidateUser(MembershipCases.SECRETARY).count()).isEqualTo(1);

    cases.driver.complete(key, NationalMembership.TASK_ANSWER_QUERY, null, vars("queryReply", "Attached"));
    assertThat(cases.driver.task(key, NationalMembership.TASK_VERIFY)).isNotNull();
    cases.verified(key);
    cases.driver.complete(key, NationalMembership.TASK_BOARD_DECISION, "ncel.board", vars("boardDecision", "ADMIT"));

    assertThat(cases.ended(key, NationalMembership.END_ADMITTED)).isTrue();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(cases.driver.historicIds(key)[0]).activityId(NationalMembership.TASK_VERIFY).count()).isEqualTo(2);
  }

  @Test
  void unansweredQueryRemindsThenLapsesAndTheSocietyMayApplyAgain() {
    String key = cases.applied("NCEL");
    String society = (String) cases.driver.variable(key, "registrationNumber");
    cases.driver.complete(key, NationalMembership.TASK_VERIFY, "ncel.board",
        vars("verificationOutcome", "QUERY", "queryText", "Payment not traced"));
    Task answer = cases.driver.task(key, NationalMembership.TASK_ANSWER_QUERY);
    Job window = cases.driver.timer(key, NationalMembership.TIMER_REPLY_WINDOW);
    assertThat(window.getDuedate()).isEqualTo(answer.getDueDate());
    Job reminder = cases.driver.timer(key, NationalMembership.TIMER_REPLY_REMINDER);
    assertThat(reminder.getDuedate()).isBefore(window.getDuedate());

    ClockUtil.setCurrentTime(new Date(reminder.getDuedate().getTime() + 60_000));
    cases.fire(key, NationalMembership.TIMER_REPLY_REMINDER);
    assertThat(cases.driver.task(key, NationalMembership.TASK_ANSWER_QUERY).getId()).isEqualTo(answer.getId());
    ClockUtil.setCurrentTime(new Date(window.getDuedate().getTime() + 60_000));
    cases.fire(key, NationalMembership.TIMER_REPLY_WINDOW);

    assertThat(cases.ended(key, NationalMembership.END_LAPSED)).isTrue();
    assertThat(cases.notices(key)).containsExactly("NATIONAL_ACKNOWLEDGED", "NATIONAL_QUERY", "REMINDER", "NATIONAL_LAPSED");
    assertThat(cases.row(key)).containsEntry("status", "LAPSED").containsEntry("standing", null)
        .containsEntry("outcome", "Application lapsed");
    String again = cases.apply(MembershipCases.SECRETARY, MembershipCases.application(society, "NCEL"));
    assertThat(again).isNotEqualTo(key);
  }

  @Test
  void refusedAndNotAppealedWithinSixtyDaysIsFinal() {
    String key = cases.refused("NCEL");
    String society = (String) cases.driver.variable(key, "registrationNumber");
    assertThat(cases.notices(key)).containsExactly("NATIONAL_ACKNOWLEDGED", "NATIONAL_REFUSED");
    assertThat(noticeBody(key, "NATIONAL_REFUSED")).contains("Audit report for 2024-25 not filed")
        .doesNotContain("{{", "—");
    LocalDate refusedOn = LocalDate.parse((String) cases.driver.variable(key, "refusedOn"));
    assertThat(LocalDate.parse((String) cases.driver.variable(key, "appealDeadline"))).isEqualTo(refusedOn.plusDays(60));
    assertThat(cases.driver.timer(key, NationalMembership.TIMER_APPEAL_WINDOW).getDuedate())
        .isEqualTo(India.endOf(refusedOn.plusDays(60)));
    assertThat(cases.row(key)).containsEntry("status", "REFUSED").containsEntry("standing", "Y");
    // while the refusal may still be appealed, the application is open
    assertThatThrownBy(() -> cases.apply(MembershipCases.SECRETARY, MembershipCases.application(society, "NCEL")))
        .isInstanceOf(CaseConflict.class).hasMessageContaining("open application to NCEL (" + key + ")");

    cases.advance(Duration.ofDays(59));
    assertThat(engine.getManagementService().createJobQuery().activityId(NationalMembership.TIMER_APPEAL_WINDOW)
        .processInstanceId(cases.driver.instances(key).get(0).getId()).executable().count()).isZero();
    cases.advance(Duration.ofDays(2));
    cases.fire(key, NationalMembership.TIMER_APPEAL_WINDOW);

    assertThat(cases.ended(key, NationalMembership.END_NOT_APPEALED)).isTrue();
    assertThat(cases.row(key)).containsEntry("status", "REFUSED").containsEntry("standing", null);
    assertThat(cases.apply(MembershipCases.SECRETARY, MembershipCases.application(society, "NCEL"))).isNotEqualTo(key);
  }

  @Test
  void refusedThenAdmittedOnAppeal() {
    String key = cases.atHearing("NCEL");
    Task hearing = cases.driver.task(key, NationalMembership.TASK_HEAR_APPEAL);
    assertThat(candidateGroups(hearing)).containsExactly("national:NCEL");
    assertThat(hearing.getDueDate()).isNotNull();
    cases.driver.complete(key, NationalMembership.TASK_HEAR_APPEAL, "ncel.board",
        vars("appealOrder", "ADMIT", "appealOrderReasons", "Audit report now filed"));

    assertThat(cases.ended(key, NationalMembership.END_ADMITTED)).isTrue();
    assertThat(cases.row(key)).containsEntry("status", "ADMITTED").containsEntry("standing", "Y");
    assertThat(cases.notices(key)).containsExactly("NATIONAL_ACKNOWLEDGED", "NATIONAL_REFUSED", "NATIONAL_ADMITTED");
    assertThat(cases.driver.variable(key, NationalMembership.CERTIFICATE)).isNotNull();
  }

  @Test
  void appealHeardAndRefusalConfirmed() {
    String key = cases.atHearing("BBSSL");
    cases.driver.complete(key, NationalMembership.TASK_HEAR_APPEAL, "bbssl.board",
        vars("appealOrder", "CONFIRM", "appealOrderReasons", "Seed licence not held"));

    assertThat(cases.ended(key, NationalMembership.END_REFUSAL_CONFIRMED)).isTrue();
    assertThat(cases.notices(key)).containsExactly("NATIONAL_ACKNOWLEDGED", "NATIONAL_REFUSED", "NATIONAL_APPEAL_DISMISSED");
    assertThat(noticeBody(key, "NATIONAL_APPEAL_DISMISSED")).contains("Seed licence not held");
    assertThat(cases.row(key)).containsEntry("status", "REFUSED").containsEntry("standing", null)
        .containsEntry("membership_number", null);
  }

  @Test
  void aRefusalNeedsReasonsAndTheTaskStaysOpen() {
    String key = cases.atBoard("NCEL");
    String taskId = cases.driver.task(key, NationalMembership.TASK_BOARD_DECISION).getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, vars("boardDecision", "REFUSE")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("refusalReasons: a refusal needs");
    assertThat(cases.driver.task(key, NationalMembership.TASK_BOARD_DECISION).getId()).isEqualTo(taskId);
  }

  @Test
  void theStartChecksTheSocietySecretaryResolutionAndMoney() {
    String society = cases.society("MPACS", MembershipCases.SECRETARY);
    Map<String, Object> shortPaid = MembershipCases.application(society, "NCEL");
    shortPaid.put("amountPaid", 50000L);
    assertThatThrownBy(() -> cases.apply(MembershipCases.SECRETARY, shortPaid))
        .isInstanceOf(BadUserRequestException.class).hasMessageStartingWith("amountPaid: ")
        .hasMessageContaining("₹1,00,000, not ₹50,000");
    Map<String, Object> noShares = MembershipCases.application(society, "BBSSL");
    noShares.remove("sharesSubscribed");
    assertThatThrownBy(() -> cases.apply(MembershipCases.SECRETARY, noShares))
        .isInstanceOf(BadUserRequestException.class).hasMessageStartingWith("sharesSubscribed: ");
    Map<String, Object> noResolution = MembershipCases.application(society, "NCOL");
    noResolution.remove("boardResolutionNumber");
    assertThatThrownBy(() -> cases.apply(MembershipCases.SECRETARY, noResolution))
        .isInstanceOf(BadUserRequestException.class).hasMessageStartingWith("boardResolutionNumber: ");
    String notTheirs = cases.society("MPACS", null);
    assertThatThrownBy(() -> cases.apply(MembershipCases.SECRETARY, MembershipCases.application(notTheirs, "NCEL")))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("only the society's secretary");
    assertThat(jdbc.queryForObject("select count(*) from national_membership where registration_number in (?, ?)",
        Integer.class, society, notTheirs)).isZero();
  }

  @Test
  void aMemberCannotApplyAgainButMayJoinAnotherNationalSociety() {
    String key = cases.atBoard("NCEL");
    cases.driver.complete(key, NationalMembership.TASK_BOARD_DECISION, "ncel.board", vars("boardDecision", "ADMIT"));
    String society = (String) cases.driver.variable(key, "registrationNumber");
    String membershipNumber = (String) cases.driver.variable(key, "membershipNumber");

    assertThatThrownBy(() -> cases.apply(MembershipCases.SECRETARY, MembershipCases.application(society, "NCEL")))
        .isInstanceOf(CaseConflict.class)
        .hasMessageContaining("already a member of NCEL (membership number " + membershipNumber + ")");
    assertThat(cases.apply(MembershipCases.SECRETARY, MembershipCases.application(society, "NCOL"))).contains("-NCOL-");
  }

  static Stream<Arguments> boardSteps() {
    return Stream.of(
        Arguments.of(NationalMembership.TASK_VERIFY, NationalMembership.TIMER_VERIFICATION_REMINDER,
            NationalMembership.TIMER_VERIFICATION_DUE),
        Arguments.of(NationalMembership.TASK_BOARD_DECISION, NationalMembership.TIMER_BOARD_DECISION_REMINDER,
            NationalMembership.TIMER_BOARD_DECISION_DUE),
        Arguments.of(NationalMembership.TASK_HEAR_APPEAL, NationalMembership.TIMER_HEARING_REMINDER,
            NationalMembership.TIMER_HEARING_DUE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("boardSteps")
  void nationalSocietyStepsRemindThenEscalateByTheClockAndRecordTheBreach(String step, String reminderTimer, String dueTimer) {
    String key = switch (step) {
      case NationalMembership.TASK_VERIFY -> cases.applied("NCEL");
      case NationalMembership.TASK_BOARD_DECISION -> cases.atBoard("NCEL");
      default -> cases.atHearing("NCEL");
    };
    Date reminderAt = cases.driver.timer(key, reminderTimer).getDuedate();
    Date dueAt = cases.driver.timer(key, dueTimer).getDuedate();
    assertThat(reminderAt).isAfter(ClockUtil.getCurrentTime()).isBefore(dueAt);
    assertThat(cases.driver.task(key, step).getDueDate()).isEqualTo(dueAt);

    ClockUtil.setCurrentTime(new Date(reminderAt.getTime() + 60_000));
    assertThat(executable(key, reminderTimer)).isTrue();
    assertThat(executable(key, dueTimer)).isFalse();
    cases.fire(key, reminderTimer);
    assertThat(cases.notices(key)).endsWith("REMINDER");
    assertThat(jdbc.queryForObject("select count(*) from insight_step where business_key = ? and escalated_to is not null", Integer.class, key)).isZero();

    ClockUtil.setCurrentTime(new Date(dueAt.getTime() + 60_000));
    cases.fire(key, dueTimer);
    assertThat(jdbc.queryForList("select escalated_to from insight_step where business_key = ? and step = ? and escalated_to is not null",
        String.class, key, step)).containsExactly("national:NCEL");
    assertThat(cases.notices(key)).endsWith("ESCALATION");
    assertThat(cases.driver.task(key, step)).as("the step stays with the national society").isNotNull();
  }

  private boolean executable(String key, String timerId) {
    return engine.getManagementService().createJobQuery().processInstanceId(cases.driver.instances(key).get(0).getId())
        .activityId(timerId).timers().executable().count() == 1;
  }

  private Stream<String> candidateGroupStream(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null).map(link -> link.getGroupId());
  }

  private java.util.List<String> candidateGroups(Task task) {
    return candidateGroupStream(task).toList();
  }

  private String noticeBody(String key, String notice) {
    return jdbc.queryForObject("select body from notice_log where business_key = ? and notice = ?", String.class, key, notice);
  }
}
