package org.sahakarflow.credit;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.sahakarflow.engine.CaseDecisions;
import org.springframework.stereotype.Component;

/**
 * NABARD's refinance rule decides on the interest rate to farmers and the largest loan to one
 * farmer.
 */
@Component("checkRefinance")
class CheckRefinanceListener implements TaskListener {

  private final CreditRules rules;

  CheckRefinanceListener(CreditRules rules) {
    this.rules = rules;
  }

  @Override
  public void notify(DelegateTask task) {
    Object rate = task.getVariable(CreditLinkage.INTEREST_RATE);
    if (!(rate instanceof Number number) || number.doubleValue() < 0 || number.doubleValue() > 30) {
      throw new BadUserRequestException(CreditLinkage.INTEREST_RATE + ": the interest rate to farmers, 0 to 30 %, is required");
    }
    long largest = CreditInput.rupees(task, CreditLinkage.LARGEST_LOAN);
    if (largest <= 0) {
      throw new BadUserRequestException(CreditLinkage.LARGEST_LOAN + ": the largest loan to one farmer must be above 0 rupees");
    }
    CreditRules.Refinance refinance = rules.refinance(CaseDecisions.deploymentOf(task), number.doubleValue(), largest);
    task.getExecution().setVariable(CreditLinkage.REFINANCE_ELIGIBLE, refinance.eligible());
    task.getExecution().setVariable(CreditLinkage.REFINANCE_REASON, refinance.reason());
  }
}
