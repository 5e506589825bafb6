package org.sahakarflow.sla;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sahakarflow.engine.ExecutionScopes;
import org.springframework.stereotype.Component;

/**
 * After a step's escalation timer: the overdue task (input parameter {@code step}) gets the
 * escalation group of the SLA policy as candidate, the breach is recorded, and
 * {@code escalationGroup} is left for the next step, which notifies that group. Nothing happens
 * when the task was completed in the meantime.
 */
@Component("escalateOverdueTask")
class EscalateOverdueTaskDelegate implements JavaDelegate {

  private final EscalationService escalations;

  EscalateOverdueTaskDelegate(EscalationService escalations) {
    this.escalations = escalations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object step = execution.getVariableLocal(SlaVariables.STEP);
    if (step == null) {
      throw new IllegalStateException(execution.getCurrentActivityId() + " needs the input parameter '"
          + SlaVariables.STEP + "' naming the overdue user task");
    }
    // the input parameter gives this service task an execution of its own that ends with it;
    // the group is kept on the execution that goes on to the next step
    escalations.escalateOverdue(execution, step.toString()).ifPresent(group ->
        ExecutionScopes.continuing(execution).setVariableLocal(SlaVariables.ESCALATION_GROUP, group));
  }
}
