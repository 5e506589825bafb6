package org.sahakarflow.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.sahakarflow.StepIds;
import org.springframework.jdbc.core.JdbcTemplate;

/** The breaches recorded in sla_breach before it was folded into the read model are kept. */
class BreachRecordMigrationTest {

  private static final Timestamp DUE = Timestamp.valueOf("2026-01-19 12:30:00");
  private static final Timestamp FIRED = Timestamp.valueOf("2026-01-19 13:00:00");

  @Test
  void stepAndStatutoryBreachesMoveOntoTheirRows() {
    JdbcDataSource database = new JdbcDataSource();
    database.setURL("jdbc:h2:mem:breaches-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    Flyway.configure().dataSource(database).locations("classpath:db/migration").target("11").load().migrate();
    JdbcTemplate jdbc = new JdbcTemplate(database);
    jdbc.update("insert into insight_case (case_id, process_key, started_at) values ('case-1', 'mpacs-registration', ?)",
        DUE);
    step(jdbc, "task-late", "case-1");
    step(jdbc, "task-on-time", "called-1");
    breach(jdbc, "called-1", StepIds.TASK_SCRUTINISE_APPLICATION, "task-late", "rcs-state:RJ");
    breach(jdbc, "called-1", "statutory-limit", null, "rcs-state:RJ");

    Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();

    assertThat(jdbc.queryForMap("select breached, escalated_to, escalated_at, late_by_minutes from insight_step"
        + " where task_id = 'task-late'")).containsEntry("BREACHED", true).containsEntry("ESCALATED_TO", "rcs-state:RJ")
        .containsEntry("ESCALATED_AT", FIRED).containsEntry("LATE_BY_MINUTES", 30L);
    assertThat(jdbc.queryForMap("select breached, escalated_to from insight_step where task_id = 'task-on-time'"))
        .containsEntry("BREACHED", false).containsEntry("ESCALATED_TO", null);
    assertThat(jdbc.queryForMap("select statutory_limit_due_at, statutory_limit_breached_at,"
        + " statutory_limit_escalated_to from insight_case where case_id = 'case-1'"))
        .containsEntry("STATUTORY_LIMIT_DUE_AT", DUE).containsEntry("STATUTORY_LIMIT_BREACHED_AT", FIRED)
        .containsEntry("STATUTORY_LIMIT_ESCALATED_TO", "rcs-state:RJ");
    assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where lower(table_name) = 'sla_breach'",
        Long.class)).isZero();
  }

  private static void step(JdbcTemplate jdbc, String taskId, String processInstanceId) {
    jdbc.update("""
        insert into insight_step (task_id, case_id, process_instance_id, process_key, step, created_at, due_at,
          breached) values (?, 'case-1', ?, 'registrar-decision', ?, ?, ?, false)""",
        taskId, processInstanceId, StepIds.TASK_SCRUTINISE_APPLICATION, DUE, DUE);
  }

  private static void breach(JdbcTemplate jdbc, String processInstanceId, String step, String taskId,
      String escalatedTo) {
    jdbc.update("""
        insert into sla_breach (process_instance_id, process_key, step, task_id, state_code, escalated_to,
          due_at, breached_at, late_by_minutes) values (?, 'registrar-decision', ?, ?, 'RJ', ?, ?, ?, 30)""",
        processInstanceId, step, taskId, escalatedTo, DUE, FIRED);
  }
}
