package org.sahakarflow.registration;

import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/** An appeal order names its outcome and is written; the officer who passed it is recorded. */
@Component("recordAppealOrder")
class RecordAppealOrderListener implements TaskListener {

  static final Set<String> OUTCOMES = Set.of("CONFIRM", "REVERSE", "REMAND");

  @Override
  public void notify(DelegateTask task) {
    Object outcome = task.getVariable("appealOutcome");
    if (outcome == null || !OUTCOMES.contains(outcome.toString())) {
      throw new BadUserRequestException("appealOutcome: must be one of " + OUTCOMES);
    }
    Object order = task.getVariable("appealOrder");
    if (order == null || order.toString().isBlank()) {
      throw new BadUserRequestException("appealOrder: the written order is required");
    }
    String officer = Context.getCommandContext().getAuthenticatedUserId();
    task.setVariable("appealDecidedBy", officer != null ? officer : task.getAssignee());
  }
}
