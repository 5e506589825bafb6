package org.sahakarflow.insight;

import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.sahakarflow.system.CaseVariables;
import org.sahakarflow.system.EngineClock;

/**
 * Copies a user task into {@code insight_step} at each of its events. It never throws for missing
 * case facts (a test model without a State still runs); the row then simply lacks them.
 */
class StepListener implements TaskListener {


  private final ReadModelWriter writer;

  StepListener(ReadModelWriter writer) {
    this.writer = writer;
  }

  @Override
  public void notify(DelegateTask delegate) {
    TaskEntity task = (TaskEntity) delegate;
    if (task.getExecutionId() == null) {
      return;
    }
    String event = delegate.getEventName();
    boolean ended = EVENTNAME_COMPLETE.equals(event) || EVENTNAME_DELETE.equals(event);
    String endReason = !ended ? null : EVENTNAME_COMPLETE.equals(event) ? ReadModelWriter.COMPLETED
        : Objects.requireNonNullElse(task.getDeleteReason(), "deleted");
    ReadModelWriter.Progress progress = new ReadModelWriter.Progress(task.getId(), task.getAssignee(),
        task.getCreateTime(), task.getDueDate(), ended ? EngineClock.date() : null, endReason);
    if (EVENTNAME_CREATE.equals(event)) {
      ReadModelWriter.Step step = describe(task, progress);
      writer.insertStep(step, candidateGroups(task));
      writer.stageReached(step);
    } else {
      // a claim or completion changes only what the task itself knows; the case facts are read
      // (a walk up the execution tree) only to heal a row whose create event was missed
      writer.updateStep(progress, () -> describe(task, progress), () -> candidateGroups(task));
    }
  }

  private static ReadModelWriter.Step describe(TaskEntity task, ReadModelWriter.Progress progress) {
    ExecutionEntity execution = task.getExecution();
    Object state = execution.getVariable(CaseVariables.STATE_CODE);
    return new ReadModelWriter.Step(execution.getRootProcessInstanceId(), task.getProcessInstanceId(),
        execution.getProcessBusinessKey(), execution.getProcessDefinition().getKey(),
        task.getTaskDefinitionKey(), task.getName(),
        state != null ? state.toString() : task.getTenantId(),
        text(execution.getVariable(CaseVariables.DISTRICT_CODE)), text(execution.getVariable(CaseVariables.SOCIETY_TYPE)),
        progress);
  }

  private static String candidateGroups(TaskEntity task) {
    String groups = task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).distinct().collect(Collectors.joining(","));
    return groups.isEmpty() ? null : groups;
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
