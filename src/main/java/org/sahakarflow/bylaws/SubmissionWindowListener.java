package org.sahakarflow.bylaws;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.sahakarflow.system.CaseVariables;
import org.sahakarflow.system.EngineClock;
import org.springframework.stereotype.Component;

/**
 * The submission is due by the statutory window, not by a working-day SLA: on create the task's
 * due date becomes the window's last moment (after {@code slaTask} has set its default); on
 * complete the submission time is kept, since the Registrar's statutory limit runs from it.
 */
@Component("submissionWindow")
class SubmissionWindowListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setDueDate((Date) task.getVariable(BylawAdoption.SUBMISSION_DEADLINE));
      task.setFollowUpDate((Date) task.getVariable(BylawAdoption.SUBMISSION_REMINDER_AT));
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      task.setVariable(CaseVariables.SUBMITTED_AT, EngineClock.date());
    }
  }
}
