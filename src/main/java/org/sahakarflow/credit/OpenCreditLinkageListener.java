package org.sahakarflow.credit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.sahakarflow.identity.UserMail;
import org.sahakarflow.society.CaseSociety;
import org.sahakarflow.society.Societies;
import org.sahakarflow.system.CaseVariables;
import org.springframework.stereotype.Component;

/**
 * Opens a linkage asked for by the society's secretary (Tasklist start form, API) or by the
 * registration of an M-PACS (start message; the promoter who applied acts for the new society).
 */
@Component("openCreditLinkage")
class OpenCreditLinkageListener implements ExecutionListener {

  private final CaseSociety societies;
  private final CreditLinkageOpening opening;

  OpenCreditLinkageListener(CaseSociety societies, CreditLinkageOpening opening) {
    this.societies = societies;
    this.opening = opening;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Societies.Society society = societies.of(execution);
    String applicant = (String) execution.getVariable(CaseVariables.APPLICANT_ID);
    if (execution.getVariable(CaseVariables.REGISTERED_BY) == null) {
      societies.requireSecretary(applicant, society, "seek its credit linkage");
    }
    String applicationNumber = opening.open(society, execution.getProcessInstanceId());
    CaseSociety.opened(execution, applicationNumber, society);
    execution.setVariable(CaseVariables.SOCIETY_TYPE, society.type());
    if (execution.getVariable(CaseVariables.APPLICANT_EMAIL) == null) {
      execution.setVariable(CaseVariables.APPLICANT_EMAIL, UserMail.of(applicant));
    }
  }
}
