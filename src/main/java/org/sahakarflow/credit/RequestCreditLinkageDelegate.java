package org.sahakarflow.credit;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.sahakarflow.identity.CaseAccess;
import org.springframework.stereotype.Component;

/**
 * The message end event of a registered M-PACS: starts the society's credit linkage with its
 * DCCB in the same transaction, so a registered M-PACS never lacks one. The promoter who applied
 * acts for the new society until it records a secretary.
 */
@Component("requestCreditLinkage")
class RequestCreditLinkageDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CreditLinkage.REGISTRATION_NUMBER, execution.getVariable(CreditLinkage.REGISTRATION_NUMBER));
    variables.put(CaseAccess.STATE, execution.getVariable(CaseAccess.STATE));
    variables.put(CaseAccess.DISTRICT, execution.getVariable(CaseAccess.DISTRICT));
    variables.put(CaseAccess.APPLICANT, execution.getVariable(CaseAccess.APPLICANT));
    variables.put(CreditLinkage.APPLICANT_EMAIL, execution.getVariable(CreditLinkage.APPLICANT_EMAIL));
    variables.put("registeredBy", execution.getProcessBusinessKey());
    Context.getCommandContext().runWithoutAuthorization(() -> execution.getProcessEngineServices().getRuntimeService()
        .createMessageCorrelation(CreditLinkage.REQUESTED_MESSAGE).setVariables(variables).correlateStartMessage());
  }
}
