package org.sahakarflow.membership;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.sahakarflow.identity.UserMail;
import org.sahakarflow.society.CaseSociety;
import org.sahakarflow.society.Societies;
import org.sahakarflow.system.CaseVariables;
import org.springframework.stereotype.Component;

/** Opens an application, from Tasklist or the API alike, by its society's secretary. */
@Component("openMembership")
class OpenMembershipListener implements ExecutionListener {

  private final CaseSociety societies;
  private final MembershipOpening opening;

  OpenMembershipListener(CaseSociety societies, MembershipOpening opening) {
    this.societies = societies;
    this.opening = opening;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Societies.Society society = societies.actedFor(execution, "apply for its membership");
    MembershipOpening.Opened opened = opening.open(society, execution.getProcessInstanceId(), execution.getVariables());
    CaseSociety.opened(execution, opened.applicationNumber(), society);
    execution.setVariable(CaseVariables.NATIONAL_SOCIETY, opened.national().name());
    execution.setVariable(NationalMembership.NATIONAL_SOCIETY_NAME, opened.national().fullName());
    execution.setVariable(CaseVariables.SOCIETY_TYPE, society.type());
    execution.setVariable(NationalMembership.AMOUNT_DUE, opened.amountDue());
    execution.setVariable(CaseVariables.APPLICANT_EMAIL, UserMail.of((String) execution.getVariable(CaseVariables.APPLICANT_ID)));
  }
}
