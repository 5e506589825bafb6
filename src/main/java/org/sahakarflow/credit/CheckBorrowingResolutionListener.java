package org.sahakarflow.credit;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.sahakarflow.engine.CaseDecisions;
import org.sahakarflow.system.CaseVariables;
import org.springframework.stereotype.Component;

/**
 * The society's board fixes its borrowing limit within the State's multiple of owned funds and
 * pays for its DCCB shares; the case records both.
 */
@Component("checkBorrowingResolution")
class CheckBorrowingResolutionListener implements TaskListener {

  private final CreditRules rules;
  private final CreditProperties properties;
  private final CreditRegister register;

  CheckBorrowingResolutionListener(CreditRules rules, CreditProperties properties, CreditRegister register) {
    this.rules = rules;
    this.properties = properties;
    this.register = register;
  }

  @Override
  public void notify(DelegateTask task) {
    long owned = CreditInput.rupees(task, CreditLinkage.OWNED_FUNDS);
    long limit = CreditInput.rupees(task, CreditLinkage.BORROWING_LIMIT);
    int multiple = rules.borrowingMultiple(CaseDecisions.deploymentOf(task), (String) task.getVariable(CaseVariables.STATE_CODE));
    String problem = CreditRules.borrowingLimitProblem(owned, limit, multiple);
    if (problem != null) {
      throw new BadUserRequestException(CreditLinkage.BORROWING_LIMIT + ": " + problem);
    }
    long due = properties.shareAmountFor((String) task.getVariable(CaseVariables.DISTRICT_CODE));
    long paid = CreditInput.rupees(task, CreditLinkage.SHARE_MONEY_PAID);
    if (paid < due) {
      throw new BadUserRequestException(CreditLinkage.SHARE_MONEY_PAID + ": the DCCB's shares cost " + due
          + " rupees; " + paid + " paid");
    }
    task.getExecution().setVariable(CreditLinkage.BORROWING_MULTIPLE, multiple);
    task.getExecution().setVariable(CreditLinkage.SHARE_MONEY_DUE, due);
    register.resolved(task.getProcessInstanceId(), limit, paid);
  }
}
