package org.sahakarflow.engine;

import java.sql.Connection;
import java.sql.SQLException;
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
 * tasks on PostgreSQL (docs/benchmarks.md, national queues). Created after the engine's own
 * schema, once per database.
 */
@Component
class TaskListIndexes extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(TaskListIndexes.class);
  static final String DUE_DATE = "SAHAKAR_IDX_TASK_DUE";
  static final String PARENT = "SAHAKAR_IDX_TASK_PARENT";

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    try (Connection connection = configuration.getDataSource().getConnection()) {
      connection.setAutoCommit(true);
      EngineTables.index(connection, configuration, DUE_DATE, "ACT_RU_TASK", "DUE_DATE_");
      EngineTables.index(connection, configuration, PARENT, "ACT_RU_TASK", "PARENT_TASK_ID_");
    } catch (SQLException e) {
      // the lists work without it, only slower: never a reason to refuse to start
      log.warn("could not create the task indexes {} and {} ({}); due-date lists and task completions read every"
          + " open task", DUE_DATE, PARENT, e.getMessage());
    }
  }
}
