package org.sahakarflow.engine;

import java.lang.reflect.Field;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.query.Query;

/**
 * The engine checks a caller's query for expressions only at its top level: an or-query made with
 * {@code or()} carries no validator, and a filter's extending query is checked only at its top
 * level too, so {@code orQueries: [{assigneeExpression: ...}]} reached JUEL and, through it, any
 * Java class. This refuses a caller's query, or the query that extends a stored filter, when it or
 * any of its or-queries holds an expression and ad-hoc expressions are off. Stored filters keep
 * their own expressions ({@code ${currentUser()}}): those were written by an administrator.
 */
final class QueryExpressionGuard extends CommandInterceptor {

  private static final Field EXTENDING_QUERY = extendingQueryField();

  @Override
  public <T> T execute(Command<T> command) {
    if (command instanceof AbstractQuery<?, ?> query) {
      check(query);
    } else if (command instanceof AbstractExecuteFilterCmd filterCommand) {
      check(extendingQuery(filterCommand));
    }
    return next.execute(command);
  }

  private static void check(Query<?, ?> query) {
    if (!(query instanceof AbstractQuery<?, ?> adhoc) || expressionsAllowed()) {
      return;
    }
    if (!adhoc.getExpressions().isEmpty()) {
      refuse(adhoc);
    }
    if (adhoc instanceof TaskQueryImpl taskQuery) {
      for (TaskQueryImpl orQuery : taskQuery.getQueries()) {
        if (!orQuery.getExpressions().isEmpty()) {
          refuse(orQuery);
        }
      }
    }
  }

  private static boolean expressionsAllowed() {
    return Context.getProcessEngineConfiguration() != null
        && Context.getProcessEngineConfiguration().isEnableExpressionsInAdhocQueries();
  }

  private static void refuse(AbstractQuery<?, ?> query) {
    throw new BadUserRequestException("Expressions are forbidden in queries, or-queries included: "
        + String.join(", ", query.getExpressions().keySet()));
  }

  private static Query<?, ?> extendingQuery(AbstractExecuteFilterCmd command) {
    try {
      return (Query<?, ?>) EXTENDING_QUERY.get(command);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read a filter command's extending query", e);
    }
  }

  private static Field extendingQueryField() {
    try {
      Field field = AbstractExecuteFilterCmd.class.getDeclaredField("extendingQuery");
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException e) {
      // a newer engine renamed it: fail at start, not silently let expressions through
      throw new IllegalStateException("AbstractExecuteFilterCmd.extendingQuery is gone", e);
    }
  }
}
