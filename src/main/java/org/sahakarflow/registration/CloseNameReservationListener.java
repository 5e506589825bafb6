package org.sahakarflow.registration;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * When a registration case or its appeal ends, the name it held: kept by a registered society,
 * held through the appeal window after a refusal (for non-compliance too; a remanded case refused
 * again opens a new window), and given up otherwise: the refusal confirmed on appeal, or the case
 * deleted.
 */
class CloseNameReservationListener implements ExecutionListener {

  private final NameReservations names;

  CloseNameReservationListener(NameReservations names) {
    this.names = names;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String applicationNumber = execution.getProcessBusinessKey();
    if (applicationNumber == null) {
      return;
    }
    Object deadline = execution.getVariable(RegistrationVariables.APPEAL_DEADLINE);
    boolean appealable = !execution.isCanceled()
        && RecordDeciderListener.REFUSE.equals(execution.getVariable(RegistrationVariables.DECISION))
        && deadline != null;
    names.closed(applicationNumber, appealable ? LocalDate.parse(deadline.toString()) : null);
  }
}
