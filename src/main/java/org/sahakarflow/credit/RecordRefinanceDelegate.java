package org.sahakarflow.credit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** NABARD refinances the limit. */
@Component("recordRefinance")
class RecordRefinanceDelegate implements JavaDelegate {

  private final CreditRegister register;

  RecordRefinanceDelegate(CreditRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    register.refinance(execution.getProcessInstanceId(), true,
        (String) execution.getVariable(CreditLinkage.REFINANCE_REASON));
  }
}
