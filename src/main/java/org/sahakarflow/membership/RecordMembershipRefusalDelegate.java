package org.sahakarflow.membership;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sahakarflow.system.EngineClock;
import org.sahakarflow.system.India;
import org.springframework.stereotype.Component;

/**
 * Records the board's refusal and fixes the last day to appeal ({@code sahakar.membership.appeal-window-days}
 * after the refusal, 60 by default); the appeal timer closes at the end of that day.
 */
@Component("recordMembershipRefusal")
class RecordMembershipRefusalDelegate implements JavaDelegate {

  private final MembershipRegister register;
  private final MembershipProperties properties;

  RecordMembershipRefusalDelegate(MembershipRegister register, MembershipProperties properties) {
    this.register = register;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate refusedOn = EngineClock.today();
    LocalDate deadline = refusedOn.plusDays(properties.appealWindowDays());
    register.refused(execution.getProcessInstanceId());
    execution.setVariable(NationalMembership.REFUSED_ON, refusedOn.toString());
    execution.setVariable(NationalMembership.APPEAL_DEADLINE, deadline.toString());
    execution.setVariable(NationalMembership.APPEAL_WINDOW_CLOSES, India.endOf(deadline));
  }
}
