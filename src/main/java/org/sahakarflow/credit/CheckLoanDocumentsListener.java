package org.sahakarflow.credit;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The loan documents must be executed before NABARD is asked to refinance. */
@Component("checkLoanDocuments")
class CheckLoanDocumentsListener implements TaskListener {

  private final CreditRegister register;

  CheckLoanDocumentsListener(CreditRegister register) {
    this.register = register;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!Boolean.TRUE.equals(task.getVariable(CreditLinkage.DOCUMENTS_EXECUTED))) {
      throw new BadUserRequestException(CreditLinkage.DOCUMENTS_EXECUTED + ": confirm that the loan documents are executed");
    }
    register.documented(task.getProcessInstanceId());
  }
}
