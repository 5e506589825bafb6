package org.sahakarflow.credit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The DCCB's refusal and its reasons go into the register. */
@Component("recordCreditRefusal")
class RecordCreditRefusalDelegate implements JavaDelegate {

  private final CreditRegister register;

  RecordCreditRefusalDelegate(CreditRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    register.refused(execution.getProcessInstanceId(),
        (String) execution.getVariable(CreditLinkage.REASONS));
  }
}
