package org.sahakarflow.bylaws;

import java.time.LocalDate;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.sahakarflow.system.CaseVariables;
import org.sahakarflow.system.EngineClock;
import org.sahakarflow.system.India;
import org.springframework.stereotype.Component;

/**
 * Fixes the earliest day the general meeting may be held: the State's clear days of notice after
 * the day the notice was issued. The process's notice-period timer waits until that day.
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
    LocalDate earliest = rules.of((String) task.getVariable(CaseVariables.STATE_CODE)).earliestMeeting(issuedOn);
    task.setVariable(BylawAdoption.NOTICE_ISSUED_ON, issuedOn.toString());
    task.setVariable(BylawAdoption.EARLIEST_MEETING_DATE, earliest.toString());
    task.setVariable(BylawAdoption.NOTICE_PERIOD_ENDS, India.startOf(earliest));
  }
}
