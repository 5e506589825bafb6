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
 */
@Component
class PostgresBatchInserts implements BeanPostProcessor {

  static final String PROPERTY = "reWriteBatchedInserts";

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof HikariDataSource pool && wanted(pool)) {
      pool.addDataSourceProperty(PROPERTY, "true");
    }
    return bean;
  }

  private static boolean wanted(HikariDataSource pool) {
    String url = pool.getJdbcUrl();
    return url != null && url.startsWith("jdbc:postgresql:")
        && !url.toLowerCase().contains(PROPERTY.toLowerCase())
        && !pool.getDataSourceProperties().containsKey(PROPERTY);
  }
}
