package org.sahakarflow.bylaws;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Component;

/**
 * When the case ends, its line in the society's amendment history says how: registered, or
 * closed with the end reached (failed vote, lapse, refusal, a direction not complied with or
 * dropped). A case deleted by an administrator ends here too.
 */
@Component("closeAmendment")
class CloseAmendmentListener implements ExecutionListener {

  private final AmendmentRegister amendments;

  CloseAmendmentListener(AmendmentRegister amendments) {
    this.amendments = amendments;
  }

  @Override
  public void notify(DelegateExecution execution) {
    // a case that ends in an event subprocess ends on the subprocess: its end event said which
    String end = execution.getVariable(BylawAdoption.END_REACHED) instanceof String reached ? reached
        : execution.getCurrentActivityId();
    boolean registered = BylawAdoption.END_REGISTERED.equals(end)
        || BylawAdoption.END_REGISTERED_BY_REGISTRAR.equals(end);
    String name = end == null ? null
        : ((FlowElement) execution.getBpmnModelInstance().getModelElementById(end)).getName();
    String outcome = name != null ? name : "Case closed";
    amendments.close(execution.getProcessInstanceId(),
        registered ? AmendmentRegister.REGISTERED : AmendmentRegister.CLOSED, outcome);
  }
}
