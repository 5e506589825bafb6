package org.sahakarflow.registration;

import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/** An appeal order names its outcome and gives its reasons; the officer who passed it is recorded. */
@Component("recordAppealOrder")
class RecordAppealOrderListener implements TaskListener {

  static final Set<String> OUTCOMES = Set.of("CONFIRM", "REVERSE", "REMAND");

  @Override
  public void notify(DelegateTask task) {
    Object order = task.getVariable(RegistrationVariables.APPEAL_ORDER);
    if (order == null || !OUTCOMES.contains(order.toString())) {
      throw new BadUserRequestException("appealOrder: must be one of " + OUTCOMES);
    }
    Object reasons = task.getVariable(RegistrationVariables.APPEAL_ORDER_REASONS);
    if (reasons == null || reasons.toString().isBlank()) {
      throw new BadUserRequestException("appealOrderReasons: the order needs its reasons");
    }
    String officer = Context.getCommandContext().getAuthenticatedUserId();
    task.setVariable("appealDecidedBy", officer != null ? officer : task.getAssignee());
  }
}
