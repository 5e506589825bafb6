package org.sahakarflow.bylaws;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * The Registrar's order on a directed amendment the society did not adopt, after hearing it:
 * register (naming the Model Bye-law activities the amendment adopts, as a board would) or drop,
 * either with reasons.
 */
@Component("directedHearing")
class DirectedHearingListener implements TaskListener {

  static final String REGISTER = "REGISTER";
  static final String DROP = "DROP";

  @Override
  public void notify(DelegateTask task) {
    Object order = task.getVariable(BylawAdoption.DIRECTED_ORDER);
    if (!REGISTER.equals(order) && !DROP.equals(order)) {
      throw new BadUserRequestException(BylawAdoption.DIRECTED_ORDER + ": must be REGISTER or DROP");
    }
    Object reasons = task.getVariable(BylawAdoption.DIRECTED_ORDER_REASONS);
    if (reasons == null || reasons.toString().isBlank()) {
      throw new BadUserRequestException(BylawAdoption.DIRECTED_ORDER_REASONS
          + ": the order after the hearing needs its reasons");
    }
    if (REGISTER.equals(order)) {
      try {
        var codes = ModelActivity.parse(task.getVariable(BylawAdoption.ACTIVITIES));
        task.setVariable(BylawAdoption.ACTIVITIES, SpinValues.jsonValue(Spin.JSON(codes).toString()).create());
      } catch (IllegalArgumentException e) {
        throw new BadUserRequestException(BylawAdoption.ACTIVITIES + ": " + e.getMessage());
      }
    }
  }
}
