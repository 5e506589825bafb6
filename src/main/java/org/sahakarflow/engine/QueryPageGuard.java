package org.sahakarflow.engine;

import java.lang.reflect.Field;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterListPageCmd;
import org.camunda.bpm.engine.impl.db.ListQueryParameterObject;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * A page starts at row 0 or later and holds no rows or more. The engine hands a negative
 * {@code firstResult} or {@code maxResults} to the database as it came; the database refuses the
 * statement and the caller got a 500 that says nothing of what was wrong, from every query of the
 * engine REST and of the webapps' engine API, and from a filter's list. Refused here as the bad
 * request it is, naming the parameter.
 */
final class QueryPageGuard extends CommandInterceptor {

  private static final Field FILTER_FIRST = filterField("firstResult");
  private static final Field FILTER_MAX = filterField("maxResults");

  @Override
  public <T> T execute(Command<T> command) {
    if (command instanceof ListQueryParameterObject page) {
      check(page.getFirstResult(), page.getMaxResults());
    } else if (command instanceof ExecuteFilterListPageCmd filterPage) {
      check(read(FILTER_FIRST, filterPage), read(FILTER_MAX, filterPage));
    }
    return next.execute(command);
  }

  private static void check(int firstResult, int maxResults) {
    if (firstResult < 0) {
      throw new BadUserRequestException("firstResult must be 0 or more, not " + firstResult);
    }
    if (maxResults < 0) {
      throw new BadUserRequestException("maxResults must be 0 or more, not " + maxResults);
    }
  }

  private static int read(Field field, ExecuteFilterListPageCmd command) {
    try {
      return field.getInt(command);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read a filter page's " + field.getName(), e);
    }
  }

  private static Field filterField(String name) {
    try {
      Field field = ExecuteFilterListPageCmd.class.getDeclaredField(name);
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException e) {
      // a newer engine renamed it: fail at start, not let a negative page reach the database
      throw new IllegalStateException("ExecuteFilterListPageCmd." + name + " is gone", e);
    }
  }
}
