package org.sahakarflow.registration;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sahakarflow.system.CaseVariables;
import org.sahakarflow.system.EngineClock;
import org.springframework.stereotype.Component;

/** Fixes the refusal date and the last day to appeal, from the State's window in {@code appeal-window.dmn}. */
@Component("recordRefusal")
class RecordRefusalDelegate implements JavaDelegate {

  static final String DECISION = "appeal-window";

  private final DecisionService decisions;

  RecordRefusalDelegate(DecisionService decisions) {
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate refusedOn = EngineClock.today();
    Number windowDays = (Number) decisions.evaluateDecisionTableByKey(DECISION,
        Map.of(CaseVariables.STATE_CODE, execution.getVariable(CaseVariables.STATE_CODE))).getSingleResult()
        .getEntry("appealWindowDays");
    execution.setVariable("refusedOn", refusedOn.toString());
    execution.setVariable("appealDeadline", refusedOn.plusDays(windowDays.longValue()).toString());
  }
}
