package org.sahakarflow.bylaws;

import java.time.LocalDate;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.sahakarflow.system.EngineClock;
import org.sahakarflow.system.India;
import org.springframework.stereotype.Component;

/**
 * The board's approval names the Model Bye-law activities taken up (kept as a JSON list of codes)
 * and its date, which the notice of the general meeting may not predate.
 */
@Component("approveDraft")
class BoardApprovalListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    LocalDate approvedOn = CaseDates.required(task.getVariable(BylawAdoption.BOARD_RESOLUTION_DATE),
        BylawAdoption.BOARD_RESOLUTION_DATE);
    if (approvedOn.isAfter(India.dateOf(EngineClock.date()))) {
      throw new BadUserRequestException(BylawAdoption.BOARD_RESOLUTION_DATE
          + ": the board's resolution cannot be dated in the future");
    }
    try {
      var codes = ModelActivity.parse(task.getVariable(BylawAdoption.ACTIVITIES));
      task.setVariable(BylawAdoption.ACTIVITIES,
          SpinValues.jsonValue(Spin.JSON(codes).toString()).create());
    } catch (IllegalArgumentException e) {
      throw new BadUserRequestException(BylawAdoption.ACTIVITIES + ": " + e.getMessage());
    }
    task.setVariable(BylawAdoption.BOARD_RESOLUTION_DATE, approvedOn.toString());
  }
}
