package org.sahakarflow.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sahakarflow.SahakarTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@SahakarTest
class BreachLogTest {

  static final String PROCESS = "breach-log-test";

  @Autowired
  BreachLog log;
  @Autowired
  TransactionTemplate transactions;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  MeterRegistry meters;

  @Test
  void aCommittedBreachIsRecordedOnItsStepAndCountedOnce() {
    SlaBreach breach = breach();
    transactions.executeWithoutResult(status -> log.record(breach));

    assertThat(step(breach)).containsEntry("breached", true).containsEntry("escalated_to", "rcs-state:RJ")
        .containsEntry("late_by_minutes", 90L);
    assertThat(count(breach)).isEqualTo(1.0);
  }

  @Test
  void aRolledBackBreachLeavesNoRecordAndIsNotCounted() {
    SlaBreach breach = breach();
    transactions.executeWithoutResult(status -> {
      log.record(breach);
      status.setRollbackOnly();
    });

    assertThat(step(breach)).containsEntry("breached", false).containsEntry("escalated_to", null);
    assertThat(count(breach)).isZero();
  }

  @Test
  void aBreachIsOnlyRecordedInsideTheEnginesTransaction() {
    assertThatThrownBy(() -> log.record(breach())).isInstanceOf(IllegalTransactionStateException.class);
  }

  /** A breach of a step open in the ministry's read model. */
  private SlaBreach breach() {
    String instance = "test-" + UUID.randomUUID();
    Instant due = Instant.parse("2026-01-19T12:30:00Z");
    SlaBreach breach = new SlaBreach(instance, instance, PROCESS, "Task_" + instance, "task-" + instance, "RJ",
        "rcs-state:RJ", due, due.plusSeconds(90 * 60));
    jdbc.update("""
        insert into insight_step (task_id, case_id, process_instance_id, process_key, step, state_code,
          created_at, due_at, breached) values (?, ?, ?, ?, ?, 'RJ', ?, ?, false)""", breach.taskId(), instance,
        instance, PROCESS, breach.step(), Timestamp.from(due.minusSeconds(86_400)), Timestamp.from(due));
    return breach;
  }

  private Map<String, Object> step(SlaBreach breach) {
    return jdbc.queryForMap("select breached, escalated_to, late_by_minutes from insight_step where task_id = ?",
        breach.taskId());
  }

  private double count(SlaBreach breach) {
    Counter counter = meters.find(BreachLog.METER)
        .tags("process", PROCESS, "step", breach.step(), "state", "RJ").counter();
    return counter == null ? 0 : counter.count();
  }
}
