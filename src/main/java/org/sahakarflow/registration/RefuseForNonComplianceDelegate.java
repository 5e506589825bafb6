package org.sahakarflow.registration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sahakarflow.system.NonCompliance;
import org.springframework.stereotype.Component;

/**
 * A query left unanswered past its reply window ends in the registrar's refusal for
 * non-compliance, with its reasons, which the applicant can appeal like any other refusal: an
 * application never just lapses without an order.
 */
@Component("refuseForNonCompliance")
class RefuseForNonComplianceDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Object query = execution.getVariable(RegistrationVariables.QUERY_TEXT);
    execution.setVariable(RegistrationVariables.DECISION, RecordDeciderListener.REFUSE);
    execution.setVariable(RegistrationVariables.REFUSAL_REASONS, NonCompliance.reasons(query));
    // the officer who raised the query holds the file: the order is the registrar's, not deemed
    execution.setVariable(RegistrationVariables.DECIDED_BY, execution.getVariable(RegistrationVariables.QUERIED_BY));
  }
}
