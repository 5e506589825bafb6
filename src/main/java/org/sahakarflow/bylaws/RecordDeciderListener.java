package org.sahakarflow.bylaws;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The officer who completes the scrutiny, the higher officer's decision on a referral or a hearing
 * signs what follows (the amendment certificate); a query needs its text and a refusal its reasons.
 */
@Component("recordAmendmentDecider")
class RecordDeciderListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String outcome = (String) task.getVariable(BylawAdoption.SCRUTINY_OUTCOME);
    if (BylawAdoption.TASK_DECIDE_REFERRED.equals(task.getTaskDefinitionKey())
        && !"REGISTER".equals(outcome) && !"REFUSE".equals(outcome)) {
      throw new BadUserRequestException("scrutinyOutcome: a referred amendment is registered or refused");
    }
    if (BylawAdoption.TASK_SCRUTINISE.equals(task.getTaskDefinitionKey())
        || BylawAdoption.TASK_DECIDE_REFERRED.equals(task.getTaskDefinitionKey())) {
      if ("QUERY".equals(outcome) && blank(task.getVariable("queryText"))) {
        throw new BadUserRequestException("queryText: a query needs its text");
      }
      if ("REFUSE".equals(outcome) && blank(task.getVariable("refusalReasons"))) {
        throw new BadUserRequestException("refusalReasons: a refusal needs written reasons");
      }
    }
    String officer = task.getAssignee() != null ? task.getAssignee()
        : Context.getCommandContext().getAuthenticatedUserId();
    task.setVariable(BylawAdoption.DECIDED_BY, officer);
  }

  private static boolean blank(Object value) {
    return value == null || value.toString().isBlank();
  }
}
