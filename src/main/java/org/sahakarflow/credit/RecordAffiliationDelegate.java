package org.sahakarflow.credit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The society is now a member of its DCCB. */
@Component("recordAffiliation")
class RecordAffiliationDelegate implements JavaDelegate {

  private final CreditRegister register;

  RecordAffiliationDelegate(CreditRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    register.affiliated(execution.getProcessInstanceId());
  }
}
