package org.sahakarflow.registration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.sahakarflow.system.CaseVariables;
import org.springframework.stereotype.Component;

/**
 * Starts an appeal only if {@link AppealAdmission} admits it; otherwise nothing is started. An
 * admitted appeal puts the application under consideration again, its name with it.
 */
@Component("admitAppeal")
class AdmitAppealListener implements ExecutionListener {

  private final AppealAdmission admission;
  private final NameReservations names;

  AdmitAppealListener(AppealAdmission admission, NameReservations names) {
    this.admission = admission;
    this.names = names;
  }

  @Override
  public void notify(DelegateExecution execution) throws Exception {
    String number = (String) execution.getVariable(CaseVariables.APPLICATION_NUMBER);
    String appellant = (String) execution.getVariable(CaseVariables.APPLICANT_ID);
    execution.setProcessBusinessKey(number);
    var carried = Context.getCommandContext().runWithoutAuthorization(
        () -> admission.admit(number, appellant));
    execution.setVariables(carried);
    names.reopened(number);
  }
}
