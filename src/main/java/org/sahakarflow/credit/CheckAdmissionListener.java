package org.sahakarflow.credit;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The DCCB admits the society or refuses it with written reasons. */
@Component("checkAdmission")
class CheckAdmissionListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Object admission = task.getVariable(CreditLinkage.ADMISSION);
    if (!CreditLinkage.ADMIT.equals(admission) && !CreditLinkage.REFUSE.equals(admission)) {
      throw new BadUserRequestException(CreditLinkage.ADMISSION + ": choose admit or refuse");
    }
    if (CreditLinkage.REFUSE.equals(admission) && CreditInput.blank(task.getVariable(CreditLinkage.REASONS))) {
      throw new BadUserRequestException(CreditLinkage.REASONS + ": a refusal needs written reasons");
    }
  }
}
