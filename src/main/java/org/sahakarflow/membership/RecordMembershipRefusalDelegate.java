package org.sahakarflow.membership;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sahakarflow.sla.TimeLimits;
import org.sahakarflow.system.EngineClock;
import org.sahakarflow.system.India;
import org.springframework.stereotype.Component;

/**
 * Records the board's refusal and fixes the last day to appeal ({@code sahakar.membership.appeal-window-days}
 * after the refusal, 60 by default, moved past a day the office is closed); the appeal timer closes
 * at the end of that day.
 */
@Component("recordMembershipRefusal")
class RecordMembershipRefusalDelegate implements JavaDelegate {

  private final MembershipRegister register;
  private final MembershipProperties properties;
  private final TimeLimits limits;

  RecordMembershipRefusalDelegate(MembershipRegister register, MembershipProperties properties,
      TimeLimits limits) {
    this.register = register;
    this.properties = properties;
    this.limits = limits;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate refusedOn = EngineClock.today();
    // the appeal is filed at the national society's registered office in New Delhi
    LocalDate deadline = limits.lastDay(TimeLimits.CENTRAL_OFFICE, refusedOn, properties.appealWindowDays());
    register.refused(execution.getProcessInstanceId());
    execution.setVariable(NationalMembership.REFUSED_ON, refusedOn.toString());
    execution.setVariable(NationalMembership.APPEAL_DEADLINE, deadline.toString());
    execution.setVariable(NationalMembership.APPEAL_WINDOW_CLOSES, India.endOf(deadline));
  }
}
