package org.sahakarflow.credit;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A sanction stays within the demand and the borrowing limit; less than asked, or a refusal, needs
 * reasons.
 */
@Component("checkSanction")
class CheckSanctionListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Object sanctioned = task.getVariable(CreditLinkage.SANCTIONED_LIMIT);
    String problem = CreditRules.sanctionProblem((String) task.getVariable(CreditLinkage.SANCTION),
        sanctioned instanceof Number n ? n.longValue() : null,
        ((Number) task.getVariable(CreditLinkage.KCC_DEMAND_TOTAL)).longValue(),
        CreditInput.rupees(task, CreditLinkage.BORROWING_LIMIT), (String) task.getVariable(CreditLinkage.REASONS));
    if (problem != null) {
      throw new BadUserRequestException(problem);
    }
  }
}
