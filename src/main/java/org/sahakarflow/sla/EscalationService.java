package org.sahakarflow.sla;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.sahakarflow.engine.EngineAccess;
import org.sahakarflow.identity.Groups;
import org.sahakarflow.system.EngineClock;
import org.sahakarflow.system.StepTasks;
import org.springframework.stereotype.Component;

/**
 * Escalation when time runs out: the supervisor's group becomes a candidate of the overdue work
 * (the engine then lets that group see and work the task) and the breach is recorded. The group
 * that held the work keeps it.
 */
@Component
class EscalationService {

  /** The step recorded when the statutory decision limit of a case expires. */
  static final String STATUTORY_STEP = "statutory-limit";

  private final SlaPolicy policy;
  private final BreachLog breaches;
  private final TaskService tasks;
  private final RuntimeService runtime;

  EscalationService(SlaPolicy policy, BreachLog breaches, TaskService tasks, RuntimeService runtime) {
    this.policy = policy;
    this.breaches = breaches;
    this.tasks = tasks;
    this.runtime = runtime;
  }

  /** @return the group escalated to; empty when the step has no open task in the case */
  Optional<String> escalateOverdue(DelegateExecution execution, String step) {
    CaseRef ref = CaseRef.of(execution);
    List<TaskEntity> overdue = StepTasks.open(ref.processInstanceId(), step);
    if (overdue.isEmpty()) {
      return Optional.empty();
    }
    StepSla sla = policy.stepSla(ref.deploymentId(), ref.stateCode(), ref.processKey(), step);
    String group = ref.groupOf(sla.escalationRole(), execution);
    Instant now = EngineClock.INSTANCE.instant();
    Optional<Instant> enforced = firingTimerDue();
    for (TaskEntity task : overdue) {
      addCandidate(task, group);
      breaches.record(new SlaBreach(caseOf(execution), ref.processInstanceId(), ref.processKey(), step,
          task.getId(), ref.stateCode(), group,
          enforced.orElseGet(() -> task.getDueDate() != null ? task.getDueDate().toInstant() : now), now));
    }
    return Optional.of(group);
  }

  /** Escalates every open task of the case to the State's Registrar and says what the Act wants now. */
  StatutoryLimit.AtExpiry statutoryLimitExpired(DelegateExecution execution, Date limit) {
    CaseRef ref = CaseRef.of(execution);
    StatutoryLimit statutory = policy.statutoryLimit(ref.deploymentId(), ref.stateCode(), ref.processKey());
    String group = Groups.rcsState(ref.stateCode());
    // the limit runs over the whole case: the registrar's steps run in a process it called
    List<Task> open = EngineAccess.withoutAuthorization(() -> tasks.createTaskQuery()
        .processInstanceIdIn(instancesOf(ref.processInstanceId()).toArray(String[]::new)).list());
    for (Task task : open) {
      addCandidate(task, group);
    }
    breaches.record(new SlaBreach(caseOf(execution), ref.processInstanceId(), ref.processKey(), STATUTORY_STEP,
        null, ref.stateCode(), group, limit.toInstant(), EngineClock.INSTANCE.instant()));
    return statutory.atExpiry();
  }

  private List<String> instancesOf(String processInstanceId) {
    List<String> instances = new ArrayList<>(List.of(processInstanceId));
    for (int i = 0; i < instances.size(); i++) {
      String parent = instances.get(i);
      EngineAccess.withoutAuthorization(() -> runtime.createProcessInstanceQuery()
          .superProcessInstanceId(parent).listPage(0, 100)).forEach(called -> instances.add(called.getId()));
    }
    return instances;
  }

  private void addCandidate(Task task, String group) {
    EngineAccess.withoutAuthorization(() -> {
      // the task's links as the engine holds them in this command, not read again by a command of their own
      boolean holds = ((TaskEntity) task).getIdentityLinks().stream().anyMatch(link ->
          IdentityLinkType.CANDIDATE.equals(link.getType()) && group.equals(link.getGroupId()));
      if (!holds) {
        tasks.addCandidateGroup(task.getId(), group);
      }
      return null;
    });
  }

  private static String caseOf(DelegateExecution execution) {
    return ((ExecutionEntity) execution).getRootProcessInstanceId();
  }

  /**
   * The due date the escalation timer enforced: the escalation runs in that timer's job. A due
   * date changed by hand in Tasklist does not move the SLA.
   */
  private static Optional<Instant> firingTimerDue() {
    return Context.getCommandContext().getCurrentJob() instanceof TimerEntity timer
        ? Optional.of(timer.getDuedate().toInstant()) : Optional.empty();
  }
}
