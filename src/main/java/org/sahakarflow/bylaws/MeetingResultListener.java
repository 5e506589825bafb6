package org.sahakarflow.bylaws;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.sahakarflow.engine.CaseDecisions;
import org.sahakarflow.sla.TimeLimits;
import org.sahakarflow.system.CaseVariables;
import org.sahakarflow.system.EngineClock;
import org.sahakarflow.system.India;
import org.sahakarflow.system.InvalidInputException.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * Checks the general meeting's record and decides the vote: a meeting held before the notice
 * period ended, or figures that do not reconcile (in favour + against = voting ≤ present ≤ the
 * members on the roll), are refused naming the field (the task stays open). The quorum is the
 * State's, reckoned from the roll the notice recorded.
 * A passed resolution opens the State's window to submit the amendment to the Registrar.
 */
@Component("recordMeetingResult")
class MeetingResultListener implements TaskListener {

  static final int REMINDER_DAYS_BEFORE = 7;

  private final BylawRules rules;
  private final TimeLimits limits;

  MeetingResultListener(BylawRules rules, TimeLimits limits) {
    this.rules = rules;
    this.limits = limits;
  }

  @Override
  public void notify(DelegateTask task) {
    LocalDate meeting = CaseDates.required(task.getVariable(BylawAdoption.MEETING_DATE), BylawAdoption.MEETING_DATE);
    LocalDate earliest = LocalDate.parse((String) task.getVariable(BylawAdoption.EARLIEST_MEETING_DATE));
    String stateCode = (String) task.getVariable(CaseVariables.STATE_CODE);
    BylawRules.Rules stateRules = rules.of(CaseDecisions.deploymentOf(task), stateCode);
    if (meeting.isBefore(earliest)) {
      throw new BadUserRequestException(BylawAdoption.MEETING_DATE + ": the general meeting on " + meeting
          + " is too early: the notice issued on " + task.getVariable(BylawAdoption.NOTICE_ISSUED_ON)
          + " needs " + stateRules.noticeClearDays() + " clear days, so the meeting may be held on or after "
          + earliest);
    }
    Date now = EngineClock.date();
    if (meeting.isAfter(India.dateOf(now))) {
      throw new BadUserRequestException(BylawAdoption.MEETING_DATE + ": the meeting cannot be recorded before it is held");
    }
    int members = count(task, BylawAdoption.TOTAL_MEMBERS);
    // the quorum is the State's rule applied to the roll, whatever a submission says it is
    int quorum = stateRules.quorum().required(members);
    ResolutionVote vote = new ResolutionVote(members, count(task, BylawAdoption.MEMBERS_PRESENT), quorum,
        count(task, BylawAdoption.MEMBERS_VOTING), count(task, BylawAdoption.VOTES_IN_FAVOUR),
        count(task, BylawAdoption.VOTES_AGAINST));
    List<FieldProblem> problems = vote.problems();
    if (!problems.isEmpty()) {
      throw new BadUserRequestException(problems.stream().map(p -> p.field() + ": " + p.reason())
          .collect(Collectors.joining("; ")));
    }
    task.setVariable(BylawAdoption.QUORUM_REQUIRED, quorum);
    task.setVariable(BylawAdoption.MEETING_DATE, meeting.toString());
    task.setVariable(BylawAdoption.VOTE_OUTCOME, vote.outcome().name());
    task.setVariable(BylawAdoption.VOTE_SUMMARY, vote.summary());
    LocalDate lastDay = limits.lastDay(stateCode, meeting, stateRules.submissionWindow());
    Date deadline = India.endOf(lastDay);
    Date reminder = India.startOf(lastDay.minusDays(REMINDER_DAYS_BEFORE));
    if (reminder.before(now)) {
      // a meeting recorded late leaves less than the usual notice: remind halfway to the deadline
      reminder = new Date(now.getTime() + Math.max(0, deadline.getTime() - now.getTime()) / 2);
    }
    task.setVariable(BylawAdoption.SUBMISSION_DEADLINE, deadline);
    task.setVariable(BylawAdoption.SUBMISSION_REMINDER_AT, reminder);
  }

  private static int count(DelegateTask task, String name) {
    return CaseDates.count(task.getVariable(name), name);
  }
}
