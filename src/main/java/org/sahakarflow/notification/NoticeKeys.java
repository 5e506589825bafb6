package org.sahakarflow.notification;

import java.util.Objects;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;

/**
 * The idempotency key of one send: {@code <executionId>:<activityId>:<visit>}. Every attempt of
 * the same async job computes the same key (a failed attempt leaves nothing in history), while
 * a second pass through the activity, e.g. another round of the query loop, counts one more
 * completed visit and so gets a new key.
 */
@Component
class NoticeKeys {

  private final HistoryService history;

  NoticeKeys(HistoryService history) {
    this.history = history;
  }

  String keyOf(DelegateExecution execution) {
    ExecutionEntity current = (ExecutionEntity) execution;
    // An activity with input parameters is a scope: each attempt of its async job creates a new
    // child execution (and rolls it back on failure), so only the parent that owns the job keeps
    // its id from one attempt to the next.
    boolean scope = current.getActivity().isScope() && current.getParent() != null;
    String owner = scope ? current.getParentId() : current.getId();
    String activityId = execution.getCurrentActivityId();
    String parentInstance = execution.getParentActivityInstanceId();
    long visits = Context.getCommandContext().runWithoutAuthorization(() ->
        history.createHistoricActivityInstanceQuery()
            .processInstanceId(execution.getProcessInstanceId())
            .activityId(activityId)
            .finished()
            .list().stream()
            .filter(done -> Objects.equals(done.getParentActivityInstanceId(), parentInstance))
            .filter(done -> scope || owner.equals(done.getExecutionId()))
            .count());
    return owner + ":" + activityId + ":" + visits;
  }
}
