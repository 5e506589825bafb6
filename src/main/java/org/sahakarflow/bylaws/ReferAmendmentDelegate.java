package org.sahakarflow.bylaws;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sahakarflow.system.EngineClock;
import org.sahakarflow.system.India;
import org.springframework.stereotype.Component;

/**
 * Refers an amendment the Registrar has not decided within the Act's limit to the next higher
 * officer: the referral is made when the limit's timer fires, the day after the last day, inside
 * the days the Act allows for it. The higher officer's months run from the referral (the day of
 * the referral excluded) to the end of their last day.
 */
@Component("referAmendment")
class ReferAmendmentDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Object months = execution.getVariable(BylawAdoption.REFERRAL_DECISION_MONTHS);
    if (!(months instanceof Number number)) {
      throw new IllegalStateException("case " + execution.getProcessBusinessKey()
          + " is referred but its State's rules give the higher officer no months");
    }
    LocalDate referredOn = India.dateOf(EngineClock.date());
    LocalDate lastDay = referredOn.plusMonths(number.intValue());
    execution.setVariable(BylawAdoption.REFERRED_ON, referredOn.toString());
    execution.setVariable(BylawAdoption.REFERRAL_LAST_DAY, lastDay.toString());
    execution.setVariable(BylawAdoption.REFERRAL_DECISION_LIMIT, India.endOf(lastDay));
  }
}
