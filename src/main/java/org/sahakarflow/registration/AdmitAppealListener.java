package org.sahakarflow.registration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.sahakarflow.system.CaseVariables;
import org.springframework.stereotype.Component;

/** Starts an appeal only if {@link AppealAdmission} admits it; otherwise nothing is started. */
@Component("admitAppeal")
class AdmitAppealListener implements ExecutionListener {

  private final AppealAdmission admission;

  AdmitAppealListener(AppealAdmission admission) {
    this.admission = admission;
  }

  @Override
  public void notify(DelegateExecution execution) throws Exception {
    String number = (String) execution.getVariable(CaseVariables.APPLICATION_NUMBER);
    String appellant = (String) execution.getVariable(CaseVariables.APPLICANT_ID);
    execution.setProcessBusinessKey(number);
    var carried = Context.getCommandContext().runWithoutAuthorization(
        () -> admission.admit(number, appellant));
    execution.setVariables(carried);
  }
}
