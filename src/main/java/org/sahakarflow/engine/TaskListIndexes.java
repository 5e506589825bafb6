package org.sahakarflow.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's schema lacks for the task lists the app's filters ask for, and for the
 * completion of a task. Every shared filter but "My tasks" sorts by due date, and the engine has
 * no index on it: the ministry's "All tasks I can see" sorted all 100,000 open tasks to show 15.
 * Every task the engine completes or deletes first looks up its subtasks by PARENT_TASK_ID_,
 * which has no index either: each completion read every open task, 25 to 40 ms at 105,000 open
 * tasks on PostgreSQL (docs/benchmarks.md, national queues). An officer's candidate list starts
 * from the grants to the officer's groups, and the engine's index on them lacks PERMS_, which the
 * permission check reads: the worst-case district's 7,500 grants were fetched from 5,506 table
 * blocks. With PERMS_ in the index they are read from the index alone, where the table's
 * visibility map allows; on PostgreSQL the app has autovacuum visit the grants' table after 2 %
 * of its rows changed instead of 20 %, as open work adds and removes grants with every task.
 * Created after the engine's own schema, once per database.
 */
@Component
class TaskListIndexes extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(TaskListIndexes.class);
  static final String DUE_DATE = "SAHAKAR_IDX_TASK_DUE";
  static final String PARENT = "SAHAKAR_IDX_TASK_PARENT";
  static final String GROUP_GRANTS = "SAHAKAR_IDX_AUTH_GROUP_PERMS";
  static final String GROUP_GRANT_COLUMNS = "TYPE_, GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_";
  static final String VACUUM_SCALE = "0.02";

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    try (Connection connection = configuration.getDataSource().getConnection()) {
      connection.setAutoCommit(true);
      EngineTables.index(connection, configuration, DUE_DATE, "ACT_RU_TASK", "DUE_DATE_");
      EngineTables.index(connection, configuration, PARENT, "ACT_RU_TASK", "PARENT_TASK_ID_");
      EngineTables.index(connection, configuration, GROUP_GRANTS, "ACT_RU_AUTHORIZATION", GROUP_GRANT_COLUMNS);
      if (connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
        try (Statement alter = connection.createStatement()) {
          alter.execute("alter table " + EngineTables.named(configuration, "ACT_RU_AUTHORIZATION")
              + " set (autovacuum_vacuum_scale_factor = " + VACUUM_SCALE
              + ", autovacuum_vacuum_insert_scale_factor = " + VACUUM_SCALE + ")");
        }
      }
    } catch (SQLException e) {
      // the lists work without them, only slower: never a reason to refuse to start
      log.warn("could not create the task indexes {}, {} and {} ({}); due-date lists, task completions and"
          + " officers' candidate lists read more than they need", DUE_DATE, PARENT, GROUP_GRANTS, e.getMessage());
    }
  }
}
