package org.sahakarflow.registration;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.sahakarflow.society.SocietyType;
import org.sahakarflow.system.CaseVariables;
import org.springframework.stereotype.Component;

/**
 * One M-PACS per gram panchayat is the national plan: when an M-PACS application comes to
 * scrutiny, the officer is shown the society or open application already serving its panchayat.
 * Nothing is refused: the officer decides, and gives reasons to go ahead
 * ({@link CheckScrutinyOutcomeListener}). Checked afresh at each scrutiny, as others register.
 */
@Component("checkPanchayatServed")
class CheckPanchayatServedListener implements TaskListener {

  private final PanchayatCoverage coverage;

  CheckPanchayatServedListener(PanchayatCoverage coverage) {
    this.coverage = coverage;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!SocietyType.MPACS.name().equals(task.getVariable(CaseVariables.SOCIETY_TYPE))) {
      return;
    }
    Object applicationNumber = task.getVariable(CaseVariables.APPLICATION_NUMBER);
    String servedBy = applicationNumber == null ? null
        : coverage.servedBy(applicationNumber.toString()).orElse(null);
    ExecutionEntity decision = (ExecutionEntity) task.getExecution();
    decision.getProcessInstance().setVariable(RegistrationVariables.PANCHAYAT_SERVED, servedBy != null);
    decision.getProcessInstance().setVariable(RegistrationVariables.PANCHAYAT_SERVED_BY, servedBy);
    // the case's own record, which its page reads, says so too
    ExecutionEntity registration = decision.getProcessInstance().getSuperExecution();
    if (registration != null) {
      registration.getProcessInstance().setVariable(RegistrationVariables.PANCHAYAT_SERVED_BY, servedBy);
    }
  }
}
