package org.sahakarflow.engine;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * The engine flushes each command's inserts as JDBC batches (a task, its variables and their
 * history rows). Over PostgreSQL, pgjdbc still sends such a batch as one statement per row unless
 * told to rewrite it into multi-row inserts; the server then parses, plans and executes one
 * statement instead of dozens. Camunda accepts the rewritten batch's "success, no row count" for
 * inserts (it needs row counts only for its optimistic-locking updates and deletes, which are never
 * rewritten). A URL or pool that sets the property itself is left as it is.
 *
 * <p>The pool's connections also run without PostgreSQL's JIT ({@code options=-c jit=off}, unless
 * the URL or pool sets options): once the job table is large, the planner's cost estimate of the
 * job acquisition query crosses the JIT threshold and each acquisition spends hundreds of
 * milliseconds compiling a query that runs in a fraction of one (issue #17: 286 ms for 0.2 ms at
 * 300,000 jobs); the app's own queries are short and gain nothing from it.
 */
@Component
class PostgresBatchInserts implements BeanPostProcessor {

  static final String PROPERTY = "reWriteBatchedInserts";
  static final String OPTIONS = "options";
  static final String WITHOUT_JIT = "-c jit=off";

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof HikariDataSource pool && isPostgres(pool)) {
      if (unset(pool, PROPERTY)) {
        pool.addDataSourceProperty(PROPERTY, "true");
      }
      if (unset(pool, OPTIONS)) {
        pool.addDataSourceProperty(OPTIONS, WITHOUT_JIT);
      }
    }
    return bean;
  }

  private static boolean isPostgres(HikariDataSource pool) {
    return pool.getJdbcUrl() != null && pool.getJdbcUrl().startsWith("jdbc:postgresql:");
  }

  private static boolean unset(HikariDataSource pool, String property) {
    return !pool.getJdbcUrl().toLowerCase().contains(property.toLowerCase() + "=")
        && !pool.getDataSourceProperties().containsKey(property);
  }
}
