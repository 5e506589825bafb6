package org.sahakarflow.system;

import java.util.List;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * The open tasks of one step of a process instance, for engine code that runs inside a command
 * (timers, notices): read by the instance's id alone, where a task query would build and evaluate
 * its whole dynamic SQL for every escalation and reminder.
 */
public final class StepTasks {

  private StepTasks() {
  }

  public static List<TaskEntity> open(String processInstanceId, String taskDefinitionKey) {
    return Context.getCommandContext().getTaskManager().findTasksByProcessInstanceId(processInstanceId).stream()
        .filter(task -> taskDefinitionKey.equals(task.getTaskDefinitionKey())).toList();
  }
}
