package org.sahakarflow.insight;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.sahakarflow.system.CaseVariables;
import org.sahakarflow.system.EngineClock;

/** Opens and closes the {@code insight_case} row of a root process instance (a case). */
class CaseListener implements ExecutionListener {

  private final ReadModelWriter writer;

  CaseListener(ReadModelWriter writer) {
    this.writer = writer;
  }

  @Override
  public void notify(DelegateExecution delegate) {
    ExecutionEntity execution = (ExecutionEntity) delegate;
    // called processes belong to the case of their root; only the root opens and closes it
    if (!execution.isProcessInstanceExecution() || execution.getSuperExecution() != null) {
      return;
    }
    if (EVENTNAME_START.equals(delegate.getEventName())) {
      Object state = execution.getVariable(CaseVariables.STATE_CODE);
      writer.caseStarted(execution.getId(), execution.getProcessBusinessKey(),
          execution.getProcessDefinition().getKey(),
          state != null ? state.toString() : execution.getTenantId(),
          text(execution.getVariable(CaseVariables.DISTRICT_CODE)),
          text(execution.getVariable(CaseVariables.SOCIETY_TYPE)), EngineClock.date());
    } else {
      writer.caseEnded(execution.getId(), EngineClock.date());
    }
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
