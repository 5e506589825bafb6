package org.sahakarflow.bylaws;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The statutory dates of an amendment case for the model's timers, e.g.
 * {@code ${bylawDates.submissionDeadline(execution)}}; the listeners that fix each date say how.
 * A missing date is an error, never a timer that silently never fires. Public: the expression
 * language only calls methods of public classes.
 */
@Component("bylawDates")
public class BylawDates {

  /** Start of the first day the general meeting may be held ({@link MeetingNoticeListener}). */
  public Date noticePeriodEnds(DelegateExecution execution) {
    return date(execution, BylawAdoption.NOTICE_PERIOD_ENDS);
  }

  /** Last moment to submit the amendment to the Registrar ({@link MeetingResultListener}). */
  public Date submissionDeadline(DelegateExecution execution) {
    return date(execution, BylawAdoption.SUBMISSION_DEADLINE);
  }

  public Date submissionReminder(DelegateExecution execution) {
    return date(execution, BylawAdoption.SUBMISSION_REMINDER_AT);
  }

  /** End of the last day to appeal a refusal ({@link RecordAmendmentRefusalDelegate}). */
  public Date appealWindowCloses(DelegateExecution execution) {
    return date(execution, BylawAdoption.APPEAL_WINDOW_CLOSES);
  }

  /** End of the last day the Registrar's direction gives the society ({@link OpenAmendmentListener}). */
  public Date directedPeriodEnds(DelegateExecution execution) {
    return date(execution, BylawAdoption.DIRECTED_PERIOD_ENDS);
  }

  /** End of the higher officer's last day to decide a referred amendment ({@link ReferAmendmentDelegate}). */
  public Date referralDecisionLimit(DelegateExecution execution) {
    return date(execution, BylawAdoption.REFERRAL_DECISION_LIMIT);
  }

  private static Date date(DelegateExecution execution, String name) {
    if (execution.getVariable(name) instanceof Date date) {
      return date;
    }
    throw new IllegalStateException("case " + execution.getProcessBusinessKey() + " has no date '" + name + "'");
  }
}
