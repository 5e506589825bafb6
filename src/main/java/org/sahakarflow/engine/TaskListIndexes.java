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
 * Indexes the engine's schema lacks for the task lists the app's filters ask for. Every shared
 * filter but "My tasks" sorts by due date, and the engine has no index on it: the ministry's "All
 * tasks I can see" sorted all 100,000 open tasks to show 15 (docs/benchmarks.md, national queues).
 * Created after the engine's own schema, once per database.
 */
@Component
class TaskListIndexes extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(TaskListIndexes.class);
  static final String DUE_DATE = "SAHAKAR_IDX_TASK_DUE";

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    try (Connection connection = configuration.getDataSource().getConnection()) {
      connection.setAutoCommit(true);
      EngineTables.index(connection, configuration, DUE_DATE, "ACT_RU_TASK", "DUE_DATE_");
    } catch (SQLException e) {
      // the lists work without it, only slower: never a reason to refuse to start
      log.warn("could not create the task list index {} ({}); due-date lists read every open task", DUE_DATE,
          e.getMessage());
    }
  }
}
