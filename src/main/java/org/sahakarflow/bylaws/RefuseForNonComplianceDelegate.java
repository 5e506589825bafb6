package org.sahakarflow.bylaws;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sahakarflow.system.NonCompliance;
import org.springframework.stereotype.Component;

/**
 * A Registrar's query on an amendment left unanswered past its reply window ends in a refusal for
 * non-compliance, signed by the officer who raised it, which the society can appeal.
 */
@Component("refuseAmendmentForNonCompliance")
class RefuseForNonComplianceDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(BylawAdoption.SCRUTINY_OUTCOME, "REFUSE");
    execution.setVariable("refusalReasons", NonCompliance.reasons(execution.getVariable("queryText")));
  }
}
