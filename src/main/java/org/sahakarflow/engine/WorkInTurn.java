package org.sahakarflow.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cmd.CreateMembershipCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * People working one step take turns. Inside the command, before the engine reads the task, its
 * row is locked (an update that changes nothing), so a second claim or completion of the same step
 * waits for the first to commit and then reads what it did: "already claimed by …" or "no longer
 * open", instead of both writing and the loser failing at commit on the task's revision, on the
 * claimant's task authorization (a duplicate key when one officer claims twice at once) or on
 * variables of an execution that has moved on — each an engine error logged at ERROR with its SQL.
 * A membership that exists already is refused the same way before its insert.
 */
final class WorkInTurn extends CommandInterceptor {

  @Override
  public <T> T execute(Command<T> command) {
    String taskId = TaskWork.taskId(command);
    CommandContext context = Context.getCommandContext();
    if (taskId != null && context.getDbEntityManager().getCachedEntity(TaskEntity.class, taskId) == null
        && !lockRow(context, "ACT_RU_TASK", taskId)) {
      throw new Lost(EngineConflict.finished());
    }
    if (command instanceof CreateMembershipCmd) {
      String userId = (String) TaskWork.read(command, "userId");
      String groupId = (String) TaskWork.read(command, "groupId");
      if (userId != null && groupId != null) {
        // only who may add members learns whether one is in already
        context.getAuthorizationManager().checkAuthorization(Permissions.CREATE, Resources.GROUP_MEMBERSHIP, groupId);
      }
      // two admins adding the same member at once: the second waits here for the first to commit, then sees it
      if (userId != null && groupId != null && lockRow(context, "ACT_ID_GROUP", groupId)
          && context.runWithoutAuthorization(() -> context
          .getReadOnlyIdentityProvider().createUserQuery(context).userId(userId).memberOfGroup(groupId)
          .count()) > 0) {
        throw new Lost(EngineConflict.alreadyMember(userId, groupId));
      }
    }
    return next.execute(command);
  }

  /**
   * Locks the engine row until the command's transaction ends; false when there is no such row (a
   * step gone). A step this transaction already holds is not locked again (see the caller).
   */
  private static boolean lockRow(CommandContext context, String engineTable, String id) {
    String table = context.getProcessEngineConfiguration().getDatabaseTablePrefix() + engineTable;
    Connection connection = context.getDbSqlSession().getSqlSession().getConnection();
    try (PreparedStatement update = connection.prepareStatement(
        "update " + table + " set REV_ = REV_ where ID_ = ?")) {
      update.setString(1, id);
      return update.executeUpdate() > 0;
    } catch (SQLException e) {
      throw new ProcessEngineException("could not lock " + engineTable + " row " + id, e);
    }
  }

  /**
   * The race's outcome, carried out of the command as a refusal: the engine logs a refusal at
   * DEBUG, where any other exception is an ERROR. {@link WorkConflicts} gives back its conflict.
   */
  static final class Lost extends BadUserRequestException {

    final transient EngineConflict conflict;

    Lost(EngineConflict conflict) {
      super(conflict.getMessage());
      this.conflict = conflict;
    }
  }
}
