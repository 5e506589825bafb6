package org.sahakarflow.engine;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * Who may set a step's assignee beyond what the engine's authorizations say. Officers hold
 * TASK_WORK on their steps, which lets them claim but not unclaim (the engine asks TASK_ASSIGN
 * for any assignee change but a claim), so an officer who claimed by mistake could not let go.
 * Two rules, each for one assignment inside the engine's own command:
 * <ul>
 * <li>the step's assignee may unclaim it (and who may work on a step nobody holds, to no effect);</li>
 * <li>a team's lead — a member of group {@code lead:<team>}, e.g. {@code lead:rcs-district:RJ-UDR}
 * — may give a step offered to the team to any member of the team, or to nobody; to anyone else
 * the answer is 403 naming the team.</li>
 * </ul>
 * Everything else is the engine's authorization check as before.
 */
final class AssigneeRules extends CommandInterceptor {

  static final String LEAD = "lead:";

  @Override
  public <T> T execute(Command<T> command) {
    if (!(command instanceof AssignTaskCmd)) {
      return next.execute(command);
    }
    CommandContext context = Context.getCommandContext();
    Authentication caller = context.getAuthentication();
    TaskEntity task = context.getTaskManager().findTaskById((String) TaskWork.read(command, "taskId"));
    if (caller == null || caller.getUserId() == null || task == null || !context.isAuthorizationCheckEnabled()) {
      return next.execute(command);
    }
    String assignee = (String) TaskWork.read(command, "userId");
    if (assignee == null && caller.getUserId().equals(task.getAssignee())) {
      return context.runWithoutAuthorization(() -> next.execute(command));
    }
    if (assignee == null && task.getAssignee() == null) {
      // nobody holds it: unclaiming changes nothing, and is answered as done to who may work on it
      context.getProcessEngineConfiguration().getCommandCheckers().forEach(check -> check.checkTaskWork(task));
      return context.runWithoutAuthorization(() -> next.execute(command));
    }
    List<String> led = ledTeamsOffered(caller, task);
    if (led.isEmpty()) {
      return next.execute(command);
    }
    if (assignee != null && !memberOfAny(context, assignee, led)) {
      throw new AuthorizationException(caller.getUserId() + " may give this step only to a member of "
          + String.join(", ", led) + "; " + assignee + " is not one");
    }
    return context.runWithoutAuthorization(() -> next.execute(command));
  }

  /** The step's candidate groups whose lead the caller is. */
  private static List<String> ledTeamsOffered(Authentication caller, TaskEntity task) {
    List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    return task.getIdentityLinks().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .filter(team -> groups.contains(LEAD + team))
        .distinct().toList();
  }

  private static boolean memberOfAny(CommandContext context, String userId, List<String> teams) {
    return context.runWithoutAuthorization(() -> teams.stream().anyMatch(team -> context
        .getReadOnlyIdentityProvider().createUserQuery(context).userId(userId).memberOfGroup(team).count() > 0));
  }
}
