package org.sahakarflow.membership;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * When the case ends, its application says how: admitted (the society keeps its standing as a
 * member), refused and not appealed or confirmed on appeal, lapsed, or withdrawn (a case deleted
 * by an administrator). Only an admission keeps the society from applying again.
 */
@Component("closeMembership")
class CloseMembershipListener implements ExecutionListener {

  private final MembershipRegister register;

  CloseMembershipListener(MembershipRegister register) {
    this.register = register;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String end = execution.getCurrentActivityId();
    String status = end == null ? MembershipRegister.WITHDRAWN : switch (end) {
      case NationalMembership.END_LAPSED -> MembershipRegister.LAPSED;
      case NationalMembership.END_NOT_APPEALED, NationalMembership.END_REFUSAL_CONFIRMED -> MembershipRegister.REFUSED;
      case NationalMembership.END_ADMITTED -> MembershipRegister.ADMITTED;
      default -> MembershipRegister.WITHDRAWN;
    };
    String outcome = execution.getCurrentActivityName() != null ? execution.getCurrentActivityName() : "Case closed";
    register.close(execution.getProcessInstanceId(), outcome, status);
  }
}
