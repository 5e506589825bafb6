package org.sahakarflow.sla;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On task creation: the task's due date is the SLA due date (Tasklist shows and sorts by it) and
 * its follow-up date the first reminder, the same instants as the task's timers; a task for a
 * registrar's office nobody staffs yet goes before the State's Registrar too.
 */
@Component("slaTask")
class SlaTaskListener implements TaskListener {

  private final SlaService sla;
  private final UnstaffedOffices unstaffed;

  SlaTaskListener(SlaService sla, UnstaffedOffices unstaffed) {
    this.sla = sla;
    this.unstaffed = unstaffed;
  }

  @Override
  public void notify(DelegateTask task) {
    SlaService.Schedule schedule = sla.schedule(task.getExecution());
    task.setDueDate(schedule.dueDate());
    task.setFollowUpDate(schedule.firstReminder());
    unstaffed.routeAround(task, CaseRef.of(task.getExecution()).stateCode());
  }
}
