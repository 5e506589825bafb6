package org.sahakarflow.engine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;

/**
 * Where in the execution tree a value may be kept. The engine gives a scope activity (a task with
 * boundary events or input/output mappings, a subprocess) an execution of its own, created for one
 * activity instance and ended with it; other activities run on an execution that lives on.
 */
public final class ExecutionScopes {

  private ExecutionScopes() {
  }

  /**
   * True when the execution exists only for its current activity instance, so a local variable
   * on it belongs to that instance and goes when it ends.
   */
  public static boolean ownsActivity(DelegateExecution execution) {
    ExecutionEntity entity = (ExecutionEntity) execution;
    ActivityImpl activity = entity.getActivity();
    return entity.isScope() && (activity == null || activity.isScope());
  }

  /**
   * The execution that carries on after the current activity: the parent when the activity has
   * an execution of its own (a service task with an input parameter has), else the execution itself.
   */
  public static DelegateExecution continuing(DelegateExecution execution) {
    ExecutionEntity entity = (ExecutionEntity) execution;
    ActivityImpl activity = entity.getActivity();
    boolean ownScope = activity != null && activity.isScope() && entity.isScope();
    return ownScope && entity.getParent() != null ? entity.getParent() : entity;
  }
}
