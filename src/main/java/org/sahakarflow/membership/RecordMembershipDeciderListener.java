package org.sahakarflow.membership;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * On completing verification, the board's decision or the appeal hearing: a query needs its text,
 * a refusal (or a refusal confirmed on appeal) its reasons, and whoever completes the step signs
 * what follows (the membership certificate).
 */
@Component("recordMembershipDecider")
class RecordMembershipDeciderListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    switch (task.getTaskDefinitionKey()) {
      case NationalMembership.TASK_VERIFY -> {
        require(task, NationalMembership.VERIFICATION_OUTCOME, "QUERY", "RECOMMEND");
        if ("QUERY".equals(task.getVariable(NationalMembership.VERIFICATION_OUTCOME))) {
          requireText(task, "queryText", "a query needs its text");
        }
      }
      case NationalMembership.TASK_BOARD_DECISION -> {
        require(task, NationalMembership.BOARD_DECISION, "ADMIT", "REFUSE");
        if ("REFUSE".equals(task.getVariable(NationalMembership.BOARD_DECISION))) {
          requireText(task, "refusalReasons", "a refusal needs the board's written reasons");
        }
      }
      case NationalMembership.TASK_HEAR_APPEAL -> {
        require(task, NationalMembership.APPEAL_ORDER, "ADMIT", "CONFIRM");
        requireText(task, "appealOrderReasons", "the appeal order needs its reasons");
      }
      default -> throw new IllegalStateException("recordMembershipDecider on " + task.getTaskDefinitionKey());
    }
    String decider = task.getAssignee() != null ? task.getAssignee()
        : Context.getCommandContext().getAuthenticatedUserId();
    task.setVariable(NationalMembership.DECIDED_BY, decider);
  }

  private static void require(DelegateTask task, String name, String... allowed) {
    Object value = task.getVariable(name);
    if (value == null || !java.util.List.of(allowed).contains(value.toString())) {
      throw new BadUserRequestException(name + ": must be one of " + String.join(", ", allowed));
    }
  }

  private static void requireText(DelegateTask task, String name, String reason) {
    Object value = task.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      throw new BadUserRequestException(name + ": " + reason);
    }
  }
}
