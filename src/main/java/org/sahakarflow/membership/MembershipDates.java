package org.sahakarflow.membership;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Dates of a membership case for the model's timers ({@code ${membershipDates.appealWindowCloses(execution)}}).
 * A missing date is an error, never a timer that silently never fires. Public: the expression
 * language only calls methods of public classes.
 */
@Component("membershipDates")
public class MembershipDates {

  /** End of the last day to appeal a refusal ({@link RecordMembershipRefusalDelegate}). */
  public Date appealWindowCloses(DelegateExecution execution) {
    if (execution.getVariable(NationalMembership.APPEAL_WINDOW_CLOSES) instanceof Date date) {
      return date;
    }
    throw new IllegalStateException("case " + execution.getProcessBusinessKey() + " has no date '"
        + NationalMembership.APPEAL_WINDOW_CLOSES + "'");
  }
}
