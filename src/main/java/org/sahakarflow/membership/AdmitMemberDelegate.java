package org.sahakarflow.membership;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sahakarflow.numbering.NumberSequence;
import org.sahakarflow.system.CaseVariables;
import org.sahakarflow.system.EngineClock;
import org.springframework.stereotype.Component;

/**
 * Admits the society, by the board or on appeal: its membership number ({@code NCEL/2026/000042},
 * gap-free per national society and year) is allocated and recorded in the decision's transaction.
 */
@Component("admitMember")
class AdmitMemberDelegate implements JavaDelegate {

  private final MembershipRegister register;
  private final NumberSequence numbers;

  AdmitMemberDelegate(MembershipRegister register, NumberSequence numbers) {
    this.register = register;
    this.numbers = numbers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String national = (String) execution.getVariable(CaseVariables.NATIONAL_SOCIETY);
    LocalDate today = EngineClock.today();
    String scope = national + "-MEMBER-" + today.getYear();
    String membershipNumber = String.format("%s/%d/%06d", national, today.getYear(), numbers.next(scope));
    register.admitted(execution.getProcessInstanceId(), membershipNumber, today);
    execution.setVariable(NationalMembership.MEMBERSHIP_NUMBER, membershipNumber);
    execution.setVariable(NationalMembership.ADMITTED_ON, today.toString());
  }
}
