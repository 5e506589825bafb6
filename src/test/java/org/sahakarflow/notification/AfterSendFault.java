package org.sahakarflow.notification;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End listener of the test model's send step: fails that step once, after the mail has left,
 * for the cases a test arms it for — the situation a retried step must not send twice.
 */
@Component("afterSendFault")
class AfterSendFault implements ExecutionListener {

  static final String MESSAGE = "simulated failure after the notice was sent";

  private final Set<String> armed = ConcurrentHashMap.newKeySet();

  void armFor(String processInstanceId) {
    armed.add(processInstanceId);
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (armed.remove(execution.getProcessInstanceId())) {
      throw new IllegalStateException(MESSAGE);
    }
  }
}
