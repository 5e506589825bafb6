package org.sahakarflow.registration;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sahakarflow.engine.CaseDecisions;
import org.sahakarflow.sla.TimeLimits;
import org.sahakarflow.system.CaseVariables;
import org.sahakarflow.system.EngineClock;
import org.springframework.stereotype.Component;

/**
 * Fixes the refusal date and the last day to appeal, from the State's window in
 * {@code appeal-window.dmn}; a window ending on a day the office is closed runs to the next day it opens.
 */
@Component("recordRefusal")
class RecordRefusalDelegate implements JavaDelegate {

  static final String DECISION = "appeal-window";

  private final CaseDecisions decisions;
  private final TimeLimits limits;

  RecordRefusalDelegate(CaseDecisions decisions, TimeLimits limits) {
    this.decisions = decisions;
    this.limits = limits;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate refusedOn = EngineClock.today();
    String stateCode = (String) execution.getVariable(CaseVariables.STATE_CODE);
    Number windowDays = (Number) decisions.evaluate(DECISION, CaseDecisions.deploymentOf(execution),
        Map.of(CaseVariables.STATE_CODE, stateCode)).getSingleResult().getEntry("appealWindowDays");
    execution.setVariable("refusedOn", refusedOn.toString());
    execution.setVariable("appealDeadline", limits.lastDay(stateCode, refusedOn, windowDays.intValue()).toString());
  }
}
