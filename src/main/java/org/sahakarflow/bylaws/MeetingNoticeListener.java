package org.sahakarflow.bylaws;

import java.time.LocalDate;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.sahakarflow.engine.CaseDecisions;
import org.sahakarflow.system.CaseVariables;
import org.sahakarflow.system.EngineClock;
import org.sahakarflow.system.India;
import org.springframework.stereotype.Component;

/**
 * The notice follows the board's approval of the draft (the same day at the earliest) and fixes
 * the earliest day the general meeting may be held: the State's clear days of notice after the day
 * it was issued; the process's notice-period timer waits until that day. The members on the roll
 * that day fix the meeting's quorum by the State's rule, so the secretary never types a quorum.
 */
@Component("meetingNoticeIssued")
class MeetingNoticeListener implements TaskListener {

  private final BylawRules rules;

  MeetingNoticeListener(BylawRules rules) {
    this.rules = rules;
  }

  @Override
  public void notify(DelegateTask task) {
    LocalDate issuedOn = CaseDates.required(task.getVariable(BylawAdoption.NOTICE_ISSUED_ON),
        BylawAdoption.NOTICE_ISSUED_ON);
    if (issuedOn.isAfter(India.dateOf(EngineClock.date()))) {
      throw new BadUserRequestException(BylawAdoption.NOTICE_ISSUED_ON + ": the notice cannot be dated in the future");
    }
    LocalDate approvedOn = CaseDates.required(task.getVariable(BylawAdoption.BOARD_RESOLUTION_DATE),
        BylawAdoption.BOARD_RESOLUTION_DATE);
    if (issuedOn.isBefore(approvedOn)) {
      throw new BadUserRequestException(BylawAdoption.NOTICE_ISSUED_ON + ": a notice dated " + issuedOn
          + " predates the board's approval of the draft on " + approvedOn
          + "; the meeting can only be called on an approved draft, on or after " + approvedOn);
    }
    int members = CaseDates.count(task.getVariable(BylawAdoption.TOTAL_MEMBERS), BylawAdoption.TOTAL_MEMBERS);
    if (members < 1) {
      throw new BadUserRequestException(BylawAdoption.TOTAL_MEMBERS + ": the society has at least one member on its roll");
    }
    BylawRules.Rules stateRules = rules.of(CaseDecisions.deploymentOf(task), (String) task.getVariable(CaseVariables.STATE_CODE));
    LocalDate earliest = stateRules.earliestMeeting(issuedOn);
    task.setVariable(BylawAdoption.NOTICE_ISSUED_ON, issuedOn.toString());
    task.setVariable(BylawAdoption.EARLIEST_MEETING_DATE, earliest.toString());
    task.setVariable(BylawAdoption.NOTICE_PERIOD_ENDS, India.startOf(earliest));
    task.setVariable(BylawAdoption.TOTAL_MEMBERS, members);
    task.setVariable(BylawAdoption.QUORUM_REQUIRED, stateRules.quorum().required(members));
    task.setVariable(BylawAdoption.QUORUM_RULE, stateRules.quorum().describe());
  }
}
