package org.sahakarflow.registration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Where the State's Act deems an undecided application registered, nobody decided it; the case
 * comes here with {@code deemed} set and the day it takes effect.
 */
@Component("recordDeemedRegistration")
class RecordDeemedRegistrationDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(RegistrationVariables.DECISION, RecordDeciderListener.REGISTER);
    execution.setVariable(RegistrationVariables.DECIDED_BY, null);
  }
}
