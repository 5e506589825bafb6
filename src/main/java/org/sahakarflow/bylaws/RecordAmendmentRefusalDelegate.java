package org.sahakarflow.bylaws;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sahakarflow.engine.CaseDecisions;
import org.sahakarflow.sla.TimeLimits;
import org.sahakarflow.system.CaseVariables;
import org.sahakarflow.system.EngineClock;
import org.sahakarflow.system.India;
import org.springframework.stereotype.Component;

/**
 * Fixes the refusal date and the last day to appeal, from the same per-State window as a refused
 * registration ({@code appeal-window.dmn}), moved past a day the office is closed; the appeal timer
 * closes at the end of that day.
 */
@Component("recordAmendmentRefusal")
class RecordAmendmentRefusalDelegate implements JavaDelegate {

  static final String APPEAL_WINDOW = "appeal-window";

  private final CaseDecisions decisions;
  private final TimeLimits limits;

  RecordAmendmentRefusalDelegate(CaseDecisions decisions, TimeLimits limits) {
    this.decisions = decisions;
    this.limits = limits;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate refusedOn = India.dateOf(EngineClock.date());
    String stateCode = (String) execution.getVariable(CaseVariables.STATE_CODE);
    Number windowDays = (Number) decisions.evaluate(APPEAL_WINDOW, CaseDecisions.deploymentOf(execution),
        Map.of(CaseVariables.STATE_CODE, stateCode)).getSingleResult().getEntry("appealWindowDays");
    LocalDate deadline = limits.lastDay(stateCode, refusedOn, windowDays.intValue());
    execution.setVariable("refusedOn", refusedOn.toString());
    execution.setVariable("appealDeadline", deadline.toString());
    execution.setVariable(BylawAdoption.APPEAL_WINDOW_CLOSES, India.endOf(deadline));
  }
}
