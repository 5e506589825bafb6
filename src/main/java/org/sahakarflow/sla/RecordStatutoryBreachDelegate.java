package org.sahakarflow.sla;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * When the statutory decision limit expires: records the breach, puts every open task of the case
 * before the State's Registrar ({@code rcs-state:<State>}) and sets {@code statutoryConsequence}
 * ({@code ESCALATE} or {@code DEEMED_REGISTRATION}) for the model to route on.
 */
@Component("recordStatutoryBreach")
class RecordStatutoryBreachDelegate implements JavaDelegate {

  private final EscalationService escalations;
  private final SlaService sla;

  RecordStatutoryBreachDelegate(EscalationService escalations, SlaService sla) {
    this.escalations = escalations;
    this.sla = sla;
  }

  @Override
  public void execute(DelegateExecution execution) {
    StatutoryLimit.AtExpiry consequence =
        escalations.statutoryLimitExpired(execution, sla.statutoryLimitOf(execution));
    execution.setVariable(SlaVariables.STATUTORY_CONSEQUENCE, consequence.name());
  }
}
