package org.sahakarflow.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.reflection.SystemMetaObject;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.postgresql.PGStatement;

/**
 * Has PostgreSQL plan a task list or count that asks for candidates (a user's "My group tasks")
 * for the values of each call, never once for any values.
 *
 * <p>pgjdbc prepares a statement on the server from its fifth use, and PostgreSQL then keeps a
 * generic plan when that plan's estimate is no worse than the custom ones. A generic plan cannot
 * know that one district's group holds 7,500 open tasks while the average group holds twenty: for
 * "My group tasks" it chose to loop over the user's grants for each of the group's tasks (28
 * million rows compared, 2.4 s for the first 15), where the plan made for the officer's own values
 * walks the due-date index and stops at 15 (5 ms) (issue #18, docs/benchmarks.md). Such a query
 * runs unprepared, so it is planned with its values (about 4 ms of planning). Task queries without
 * candidates (an assignee, every task the user may see, a claim's lookups) and every other
 * statement keep pgjdbc's prepared statements: planned at each call, "My tasks" took 6.5 ms
 * instead of 2.0. So does a query whose candidate groups are all groups no step is ever offered to
 * ({@code sahakar.engine.groups-without-tasks}: an applicant's or the ministry's "My group tasks"
 * finds only the few tasks offered to the person, which no plan gets wrong, and planning it each
 * time made the applicant's count slower than the bare engine's, 4.9 against 4.7 ms).
 */
@Intercepts(@Signature(type = StatementHandler.class, method = "prepare", args = {Connection.class, Integer.class}))
final class TaskQueryPlans implements Interceptor {

  private final Set<String> statements;
  private final Set<String> groupsWithoutTasks;

  TaskQueryPlans(Set<String> statements, Set<String> groupsWithoutTasks) {
    this.statements = statements;
    this.groupsWithoutTasks = groupsWithoutTasks;
  }

  @Override
  public Object intercept(Invocation invocation) throws Throwable {
    Statement statement = (Statement) invocation.proceed();
    StatementHandler handler = (StatementHandler) invocation.getTarget();
    if (statements.contains(mappedStatement(handler).getId())
        && handler.getParameterHandler().getParameterObject() instanceof TaskQueryImpl query
        && TaskReaders.asksLinksWithExists(query) && !onlyGroupsWithoutTasks(query)
        && statement.isWrapperFor(PGStatement.class)) {
      statement.unwrap(PGStatement.class).setPrepareThreshold(0);
    }
    return statement;
  }

  /**
   * Whether the query asks for candidates only among groups no task is offered to (besides the
   * candidate user in person): the candidate groups it names, or the candidate user's groups.
   */
  private boolean onlyGroupsWithoutTasks(TaskQueryImpl query) {
    for (TaskQueryImpl part : query.getQueries()) {
      // an involved user's links include every task they ever worked on: an officer's can be thousands
      if (part.getInvolvedUser() != null || part.getCandidateGroupLike() != null
          || Boolean.TRUE.equals(part.isWithCandidateGroups()) || Boolean.TRUE.equals(part.isWithCandidateUsers())) {
        return false;
      }
      List<String> groups = part.getCandidateGroups();
      if (groups != null && !groupsWithoutTasks.containsAll(groups)) {
        return false;
      }
    }
    return true;
  }

  /** The statement a MyBatis statement handler runs, through any plugin proxies around it. */
  private static MappedStatement mappedStatement(Object handler) throws SQLException {
    MetaObject meta = SystemMetaObject.forObject(handler);
    while (meta.hasGetter("h")) {
      meta = SystemMetaObject.forObject(meta.getValue("h.target"));
    }
    Object mapped = meta.hasGetter("delegate") ? meta.getValue("delegate.mappedStatement") : meta.getValue("mappedStatement");
    if (!(mapped instanceof MappedStatement statement)) {
      throw new SQLException("no mapped statement on " + handler.getClass().getName());
    }
    return statement;
  }
}
