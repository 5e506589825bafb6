package org.sahakarflow.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/** The engine's tables as this installation names them, and the indexes the app adds to them at start. */
final class EngineTables {

  private EngineTables() {
  }

  /** The table under the configured prefix. */
  static String named(ProcessEngineConfigurationImpl configuration, String table) {
    return (configuration.getDatabaseTablePrefix() == null ? "" : configuration.getDatabaseTablePrefix()) + table;
  }

  /**
   * Creates the index once per database: of two nodes starting together one makes it, the other
   * waits for it and then finds it.
   */
  static void index(Connection connection, ProcessEngineConfigurationImpl configuration, String index, String table,
      String column) throws SQLException {
    try (Statement create = connection.createStatement()) {
      create.execute("create index if not exists " + index + " on " + named(configuration, table) + " (" + column + ")");
    }
  }
}
