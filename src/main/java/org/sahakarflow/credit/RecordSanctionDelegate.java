package org.sahakarflow.credit;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.sahakarflow.system.EngineClock;
import org.sahakarflow.system.India;
import org.springframework.stereotype.Component;

/**
 * The sanctioned limit holds to the end of the financial year; the register and the notice say so.
 */
@Component("recordSanction")
class RecordSanctionDelegate implements JavaDelegate {

  private final CreditRegister register;

  RecordSanctionDelegate(CreditRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate validUntil = CreditRegister.endOfFinancialYear(EngineClock.today());
    long limit = ((Number) execution.getVariable(CreditLinkage.SANCTIONED_LIMIT)).longValue();
    execution.setVariable(CreditLinkage.SANCTIONED_LIMIT, limit);
    execution.setVariable(CreditLinkage.VALID_UNTIL, Variables.dateValue(India.startOf(validUntil)));
    String reasons = (String) execution.getVariable(CreditLinkage.REASONS);
    execution.setVariable("sanctionRemarks", reasons == null || reasons.isBlank()
        ? "none; the limit is as the members asked" : reasons.trim());
    register.sanctioned(execution.getProcessInstanceId(), limit, validUntil,
        (String) execution.getVariable(CreditLinkage.REASONS));
  }
}
