package org.sahakarflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.postgresql.core.BaseConnection;
import org.sahakarflow.SahakarTest;
import org.springframework.beans.factory.annotation.Autowired;

/** PostgreSQL pools rewrite the engine's insert batches; nothing else is touched. */
@SahakarTest
class PostgresBatchInsertsTest {

  @Autowired
  DataSource dataSource;
  @Autowired
  RepositoryService repository;
  @Autowired
  RuntimeService runtime;
  @Autowired
  HistoryService history;

  @Test
  void aPostgresPoolRewritesBatchedInsertsAndRunsWithoutJit() {
    assertThat(processed("jdbc:postgresql://db:5432/sahakar").getDataSourceProperties())
        .containsEntry(PostgresBatchInserts.PROPERTY, "true")
        .containsEntry(PostgresBatchInserts.OPTIONS, "-c jit=off");
  }

  @Test
  void aSettingInTheUrlOrPoolIsKept() {
    assertThat(processed("jdbc:postgresql://db:5432/sahakar?reWriteBatchedInserts=false")
        .getDataSourceProperties()).doesNotContainKey(PostgresBatchInserts.PROPERTY);
    assertThat(processed("jdbc:postgresql://db:5432/sahakar?options=-c%20statement_timeout=5000")
        .getDataSourceProperties()).doesNotContainKey(PostgresBatchInserts.OPTIONS);
    assertThat(processed("jdbc:postgresql://db:5432/sahakar", Map.of(PostgresBatchInserts.PROPERTY, "false"))
        .getDataSourceProperties()).containsEntry(PostgresBatchInserts.PROPERTY, "false");
  }

  @Test
  void otherDatabasesAreLeftAlone() {
    assertThat(processed("jdbc:h2:mem:other").getDataSourceProperties()).isEmpty();
  }

  /** Runs on both suites: on PostgreSQL the engine's own connections rewrite, and a batch still lands whole. */
  @Test
  void theEngineWritesWholeBatchesThroughTheRunningPool() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      boolean postgres = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
      if (postgres) {
        assertThat(connection.unwrap(BaseConnection.class).getQueryExecutor().isReWriteBatchedInsertsEnabled())
            .as("the running pool rewrites insert batches").isTrue();
      }
    }
    String deployment = repository.createDeployment().addModelInstance("batch-inserts.bpmn",
        Bpmn.createExecutableProcess("batch-inserts").camundaHistoryTimeToLive(1)
            .startEvent().userTask("Task_Hold").endEvent().done()).deploy().getId();
    // a case's State and district, as every process needs, and enough fields to fill a batch
    Map<String, Object> variables = new HashMap<>(Map.of("stateCode", "RJ", "districtCode", "RJ-UDR"));
    for (int i = 0; i < 35; i++) {
      variables.put("v" + i, "value " + i);
    }
    String id = runtime.startProcessInstanceByKey("batch-inserts", variables).getId();
    // every case also carries its district's name, for Tasklist's rows
    variables.put("districtName", "Udaipur");

    assertThat(runtime.getVariables(id)).isEqualTo(variables);
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(id).count()).isEqualTo(38L);
    assertThat(history.createHistoricDetailQuery().processInstanceId(id).count()).isEqualTo(38L);
    repository.deleteDeployment(deployment, true);
  }

  private static HikariDataSource processed(String url) {
    return processed(url, Map.of());
  }

  private static HikariDataSource processed(String url, Map<String, String> preset) {
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(url);
    preset.forEach(pool::addDataSourceProperty);
    new PostgresBatchInserts().postProcessAfterInitialization(pool, "dataSource");
    return pool;
  }
}
