package org.sahakarflow.bylaws;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sahakarflow.system.CaseVariables;
import org.sahakarflow.system.India;
import org.springframework.stereotype.Component;

/**
 * The higher officer's time ran out on a referred amendment: the Act deems it registered. Nobody
 * decided it, so no officer signs it, and it takes effect the day after the last day, not on the
 * day a late job ran.
 */
@Component("recordDeemedAmendment")
class RecordDeemedAmendmentDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Date limit = (Date) execution.getVariable(BylawAdoption.REFERRAL_DECISION_LIMIT);
    execution.setVariable(BylawAdoption.SCRUTINY_OUTCOME, "REGISTER");
    execution.setVariable(BylawAdoption.DECIDED_BY, null);
    execution.setVariable(BylawAdoption.DEEMED, true);
    execution.setVariable(CaseVariables.DEEMED_REGISTRATION_ON, India.dateOf(limit).plusDays(1).toString());
  }
}
