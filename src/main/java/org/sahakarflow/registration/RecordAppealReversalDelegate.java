package org.sahakarflow.registration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A reversal on appeal registers the society; the appellate officer signs the registration. */
@Component("recordAppealReversal")
class RecordAppealReversalDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(RegistrationVariables.DECISION, RecordDeciderListener.REGISTER);
    execution.setVariable("deemed", false);
    execution.setVariable("decidedBy", execution.getVariable("appealDecidedBy"));
  }
}
