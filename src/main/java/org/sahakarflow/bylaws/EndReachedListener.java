package org.sahakarflow.bylaws;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the end event a case reaches inside an event subprocess: the process then ends on the
 * subprocess, and {@link CloseAmendmentListener} would otherwise record its name, not how it ended.
 */
@Component("amendmentEndReached")
class EndReachedListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    execution.setVariable(BylawAdoption.END_REACHED, execution.getCurrentActivityId());
  }
}
