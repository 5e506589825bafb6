package org.sahakarflow.credit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** NABARD does not refinance the limit, for the reason its rule gives. */
@Component("recordNoRefinance")
class RecordNoRefinanceDelegate implements JavaDelegate {

  private final CreditRegister register;

  RecordNoRefinanceDelegate(CreditRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    register.refinance(execution.getProcessInstanceId(), false,
        (String) execution.getVariable(CreditLinkage.REFINANCE_REASON));
  }
}
