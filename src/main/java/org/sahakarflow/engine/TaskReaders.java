package org.sahakarflow.engine;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheckBuilder;

/**
 * Tells the task statements of {@link TaskQueryExistsPlugin} whether the signed-in user reads every
 * task (a grant on '*': the ministry, a State's registrar, the administrator) or only the tasks
 * granted to them one by one or by process definition (an officer, NABARD, an applicant).
 *
 * <p>The two are best answered from opposite ends. A user who reads every task finds the first 15
 * by due date among the first tasks of the due-date index, once a single probe on '*' has said
 * so (probes per task would say yes to every task). A user who reads a few hundred of 100,000
 * tasks made that walk read all 100,000 to find their few (51 ms for a district officer,
 * twice the bare engine's time, docs/benchmarks.md): for them the statements start from their
 * grants and fetch the few tasks by id. Both forms select exactly the same tasks; this only
 * chooses the faster one, so a grant given or taken away between the choice and the query cannot
 * change what anyone sees. The engine opens it as its authorization manager
 * ({@link AuthorizedGroupsPlugin}).
 */
class TaskReaders extends AuthorizedGroupsPlugin.UserGroupsAuthorizationManager {

  /** The engine's check of one task query, and whether its user reads every task. */
  static final class TaskCheck extends AuthorizationCheck {

    private static final long serialVersionUID = 1L;

    private final boolean everyTask;

    TaskCheck(AuthorizationCheck engine, boolean everyTask) {
      super(engine.getAuthUserId(), engine.getAuthGroupIds(), engine.getPermissionChecks(),
          engine.isRevokeAuthorizationCheckEnabled());
      setAuthorizationCheckEnabled(engine.isAuthorizationCheckEnabled());
      setShouldPerformAuthorizatioCheck(engine.shouldPerformAuthorizatioCheck());
      setAuthDefaultPerm(engine.getAuthDefaultPerm());
      setHistoricInstancePermissionsEnabled(engine.isHistoricInstancePermissionsEnabled());
      setUseLeftJoin(engine.isUseLeftJoin());
      this.everyTask = everyTask;
    }
  }

  /**
   * Called by the task statements: whether to start from the user's grants. A check this manager
   * did not see (another engine's, or a query configured elsewhere) keeps the form that suits everyone.
   */
  public static boolean fromGrants(AuthorizationCheck check) {
    return check instanceof TaskCheck taskCheck && !taskCheck.everyTask;
  }

  /** Called by the task statements: whether the user reads every task, so that one probe on '*' decides. */
  public static boolean readsEveryTask(AuthorizationCheck check) {
    return check instanceof TaskCheck taskCheck && taskCheck.everyTask;
  }

  /**
   * Called by the task statements: whether the query's one condition on identity links (a
   * candidate user, group or involved user) is asked with EXISTS rather than by joining the links
   * ({@link TaskQueryExistsPlugin}). With one such condition, "a link of the task matches" is
   * what the join asked, row by row; two conditions read the same joined link (an involved user
   * and a candidate group must then be one link), so they keep the engine's join.
   */
  public static boolean asksLinksWithExists(TaskQueryImpl query) {
    return identityLinkConditions(query) == 1;
  }

  /**
   * Called by the task statements: whether the query joins rows that can repeat a task, so that
   * it must ask DISTINCT ({@link TaskQueryExistsPlugin}): the identity links when they are joined,
   * and any sort that joins a relation (a variable).
   */
  public static boolean mayRepeatTasks(TaskQueryImpl query) {
    return identityLinkConditions(query) > 1
        || query.getOrderingProperties().stream().anyMatch(ordering -> ordering.getRelation() != null);
  }

  /**
   * The conditions on identity links in the query and its or-queries, by the same tests as the
   * engine's Task.xml uses to join them and to write them, through the same getters.
   */
  private static int identityLinkConditions(TaskQueryImpl query) {
    int conditions = 0;
    for (TaskQueryImpl part : query.getQueries()) {
      if (part.getCandidateUser() != null || part.getCandidateGroups() != null || part.getCandidateGroupLike() != null
          || Boolean.TRUE.equals(part.isWithCandidateGroups()) || Boolean.TRUE.equals(part.isWithCandidateUsers())) {
        conditions++;
      }
      if (part.getInvolvedUser() != null) {
        conditions++;
      }
    }
    return conditions;
  }

  @Override
  public void configureTaskQuery(TaskQueryImpl query) {
    super.configureTaskQuery(query);
    AuthorizationCheck check = query.getAuthCheck();
    if (!check.isAuthorizationCheckEnabled() || check.getAuthUserId() == null
        || check.isRevokeAuthorizationCheckEnabled() || check.getPermissionChecks().getAtomicChecks().isEmpty()
        || !check.getPermissionChecks().getCompositeChecks().isEmpty()) {
      return;
    }
    query.setAuthCheck(new TaskCheck(check, grantedEveryTask(check)));
  }

  /**
   * Whether one of the query's own permissions is granted to the user on '*', where any one of
   * them lets a task be read (the task query asks READ on the task or READ_TASK on its process
   * definition).
   */
  private boolean grantedEveryTask(AuthorizationCheck check) {
    if (!check.getPermissionChecks().isDisjunctive()) {
      return false;
    }
    PermissionCheckBuilder anyTask = new PermissionCheckBuilder().disjunctive();
    for (PermissionCheck asked : check.getPermissionChecks().getAtomicChecks()) {
      anyTask.atomicCheckForResourceId(asked.getResource(), Authorization.ANY, asked.getPermission());
    }
    return isAuthorized(check.getAuthUserId(), check.getAuthGroupIds(), anyTask.build());
  }
}
