package org.sahakarflow.bylaws;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.sahakarflow.identity.UserMail;
import org.sahakarflow.society.CaseSociety;
import org.sahakarflow.society.Societies;
import org.sahakarflow.system.CaseVariables;
import org.springframework.stereotype.Component;

/** Opens an amendment case, from Tasklist, the API or the Registrar's direction alike. */
@Component("openAmendment")
class OpenAmendmentListener implements ExecutionListener {

  private final CaseSociety societies;
  private final AmendmentOpening opening;

  OpenAmendmentListener(CaseSociety societies, AmendmentOpening opening) {
    this.societies = societies;
    this.opening = opening;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Societies.Society society = societies.actedFor(execution, "amend its bye-laws");
    boolean directed = execution.getVariable(BylawAdoption.DIRECTED_BY) != null;
    String caseNumber = opening.open(society, execution.getProcessInstanceId(), directed);
    CaseSociety.opened(execution, caseNumber, society);
    execution.setVariable(CaseVariables.APPLICANT_EMAIL, UserMail.of((String) execution.getVariable(CaseVariables.APPLICANT_ID)));
  }
}
