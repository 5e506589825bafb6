package org.sahakarflow.bylaws;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * When the case ends, its line in the society's amendment history says how: registered, or
 * closed with the end reached (failed vote, lapse, refusal, a direction not complied with). A case deleted by an administrator
 * ends here too.
 */
@Component("closeAmendment")
class CloseAmendmentListener implements ExecutionListener {

  private final AmendmentRegister amendments;

  CloseAmendmentListener(AmendmentRegister amendments) {
    this.amendments = amendments;
  }

  @Override
  public void notify(DelegateExecution execution) {
    boolean registered = BylawAdoption.END_REGISTERED.equals(execution.getCurrentActivityId())
        || BylawAdoption.END_REGISTERED_BY_REGISTRAR.equals(execution.getCurrentActivityId());
    String outcome = execution.getCurrentActivityName() != null ? execution.getCurrentActivityName()
        : "Case closed";
    amendments.close(execution.getProcessInstanceId(),
        registered ? AmendmentRegister.REGISTERED : AmendmentRegister.CLOSED, outcome);
  }
}
