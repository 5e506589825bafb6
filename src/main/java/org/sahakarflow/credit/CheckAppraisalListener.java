package org.sahakarflow.credit;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The field appraisal ends in a query to the society or a recommendation. */
@Component("checkAppraisal")
class CheckAppraisalListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Object outcome = task.getVariable(CreditLinkage.APPRAISAL_OUTCOME);
    if (!"QUERY".equals(outcome) && !"RECOMMEND".equals(outcome)) {
      throw new BadUserRequestException(CreditLinkage.APPRAISAL_OUTCOME + ": choose query or recommend");
    }
    if ("QUERY".equals(outcome) && CreditInput.blank(task.getVariable(CreditLinkage.QUERY_TEXT))) {
      throw new BadUserRequestException(CreditLinkage.QUERY_TEXT + ": write the query for the society");
    }
  }
}
