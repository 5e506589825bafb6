package org.sahakarflow.credit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** The register's row closes with the case, as lapsed or as ended. */
@Component("closeCreditLinkage")
class CloseCreditLinkageListener implements ExecutionListener {

  private final CreditRegister register;

  CloseCreditLinkageListener(CreditRegister register) {
    this.register = register;
  }

  @Override
  public void notify(DelegateExecution execution) {
    register.close(execution.getProcessInstanceId(),
        CreditLinkage.END_LAPSED.equals(execution.getCurrentActivityId()));
  }
}
