package org.sahakarflow.sla;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sahakarflow.system.CaseVariables;
import org.sahakarflow.system.India;
import org.springframework.stereotype.Component;

/**
 * When the statutory decision limit expires: records the breach, puts every open task of the case
 * before the State's Registrar ({@code rcs-state:<State>}) and sets {@code statutoryConsequence}
 * ({@code ESCALATE} or {@code DEEMED_REGISTRATION}) for the model to route on, with the day a
 * deemed registration takes effect.
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
    Date limit = sla.statutoryLimitOf(execution);
    StatutoryLimit.AtExpiry consequence = escalations.statutoryLimitExpired(execution, limit);
    execution.setVariable(SlaVariables.STATUTORY_CONSEQUENCE, consequence.name());
    if (consequence == StatutoryLimit.AtExpiry.DEEMED_REGISTRATION) {
      // by operation of law on the day after the limit, not on the day a late job ran
      execution.setVariable(CaseVariables.DEEMED_REGISTRATION_ON, India.dateOf(limit).plusDays(1).toString());
    }
  }
}
