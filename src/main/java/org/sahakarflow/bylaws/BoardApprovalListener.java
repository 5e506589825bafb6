package org.sahakarflow.bylaws;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/** The board's approval names the Model Bye-law activities taken up; kept as a JSON list of codes. */
@Component("approveDraft")
class BoardApprovalListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    try {
      var codes = ModelActivity.parse(task.getVariable(BylawAdoption.ACTIVITIES));
      task.setVariable(BylawAdoption.ACTIVITIES,
          SpinValues.jsonValue(Spin.JSON(codes).toString()).create());
    } catch (IllegalArgumentException e) {
      throw new BadUserRequestException(BylawAdoption.ACTIVITIES + ": " + e.getMessage());
    }
  }
}
