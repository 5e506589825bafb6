package org.sahakarflow.credit;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.sahakarflow.system.CaseVariables;
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
    variables.put(CaseVariables.REGISTRATION_NUMBER, execution.getVariable(CaseVariables.REGISTRATION_NUMBER));
    variables.put(CaseVariables.STATE_CODE, execution.getVariable(CaseVariables.STATE_CODE));
    variables.put(CaseVariables.DISTRICT_CODE, execution.getVariable(CaseVariables.DISTRICT_CODE));
    variables.put(CaseVariables.APPLICANT_ID, execution.getVariable(CaseVariables.APPLICANT_ID));
    variables.put(CaseVariables.APPLICANT_EMAIL, execution.getVariable(CaseVariables.APPLICANT_EMAIL));
    variables.put(CaseVariables.REGISTERED_BY, execution.getProcessBusinessKey());
    Context.getCommandContext().runWithoutAuthorization(() -> execution.getProcessEngineServices().getRuntimeService()
        .createMessageCorrelation(CreditLinkage.REQUESTED_MESSAGE).setVariables(variables).correlateStartMessage());
  }
}
