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

/** The due-date index the shared filters sort by is there once the engine has started. */
@SahakarTest
class TaskListIndexesTest {

  @Autowired
  DataSource dataSource;

  @Test
  void theOpenTasksAreIndexedByDueDate() throws SQLException {
    List<String> columns = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      // H2 keeps names upper case, PostgreSQL lower case
      for (String table : List.of("ACT_RU_TASK", "act_ru_task")) {
        try (ResultSet indexes = meta.getIndexInfo(null, null, table, false, false)) {
          while (indexes.next()) {
            if (TaskListIndexes.DUE_DATE.equalsIgnoreCase(indexes.getString("INDEX_NAME"))) {
              columns.add(indexes.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
            }
          }
        }
      }
    }
    assertThat(columns).containsExactly("DUE_DATE_");
  }
}
