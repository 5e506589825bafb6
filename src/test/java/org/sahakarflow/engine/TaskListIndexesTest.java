package org.sahakarflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.sahakarflow.SahakarTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The task indexes the engine lacks are there once it has started. */
@SahakarTest
class TaskListIndexesTest {

  @Autowired
  DataSource dataSource;

  @Test
  void theOpenTasksAreIndexedByDueDate() throws SQLException {
    assertThat(indexColumns(dataSource, "ACT_RU_TASK", TaskListIndexes.DUE_DATE)).containsExactly("DUE_DATE_");
  }

  @Test
  void theSubtasksACompletionLooksUpAreIndexedByTheirParent() throws SQLException {
    assertThat(indexColumns(dataSource, "ACT_RU_TASK", TaskListIndexes.PARENT)).containsExactly("PARENT_TASK_ID_");
  }

  @Test
  void theGrantsToGroupsAreIndexedWithThePermissionsTheTaskListsCheck() throws SQLException {
    assertThat(indexColumns(dataSource, "ACT_RU_AUTHORIZATION", TaskListIndexes.GROUP_GRANTS))
        .containsExactly("TYPE_", "GROUP_ID_", "RESOURCE_TYPE_", "RESOURCE_ID_", "PERMS_");
  }

  @Test
  void onPostgresqlAutovacuumVisitsTheGrantsAfterAFiftiethOfThemChanged() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      org.junit.jupiter.api.Assumptions.assumeTrue(connection.getMetaData().getDatabaseProductName().equals("PostgreSQL"),
          "PostgreSQL only");
      try (java.sql.Statement query = connection.createStatement();
          ResultSet options = query.executeQuery(
              "select array_to_string(reloptions, ',') from pg_class where relname = 'act_ru_authorization'")) {
        assertThat(options.next()).isTrue();
        assertThat(options.getString(1)).contains("autovacuum_vacuum_scale_factor=" + TaskListIndexes.VACUUM_SCALE,
            "autovacuum_vacuum_insert_scale_factor=" + TaskListIndexes.VACUUM_SCALE);
      }
    }
  }

  /** The columns of a table's index, upper case, as the database names them. */
  static List<String> indexColumns(DataSource dataSource, String table, String index) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      // H2 keeps names upper case, PostgreSQL lower case
      for (String name : List.of(table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT))) {
        try (ResultSet indexes = meta.getIndexInfo(null, null, name, false, false)) {
          while (indexes.next()) {
            if (index.equalsIgnoreCase(indexes.getString("INDEX_NAME"))) {
              columns.add(indexes.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
            }
          }
        }
      }
    }
    return columns;
  }
}
