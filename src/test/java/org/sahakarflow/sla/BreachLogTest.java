package org.sahakarflow.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
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
  void aCommittedBreachIsStoredAndCountedOnce() {
    BreachLog.Breach breach = breach();
    transactions.executeWithoutResult(status -> log.record(breach));

    assertThat(rows(breach)).isEqualTo(1);
    assertThat(count(breach)).isEqualTo(1.0);
  }

  @Test
  void aRolledBackBreachLeavesNoRowAndIsNotCounted() {
    BreachLog.Breach breach = breach();
    transactions.executeWithoutResult(status -> {
      log.record(breach);
      status.setRollbackOnly();
    });

    assertThat(rows(breach)).isZero();
    assertThat(count(breach)).isZero();
  }

  @Test
  void aBreachIsOnlyRecordedInsideTheEnginesTransaction() {
    assertThatThrownBy(() -> log.record(breach())).isInstanceOf(IllegalTransactionStateException.class);
  }

  private static BreachLog.Breach breach() {
    String instance = "test-" + UUID.randomUUID();
    Instant due = Instant.parse("2026-01-19T12:30:00Z");
    return new BreachLog.Breach(new CaseRef(instance, null, PROCESS, "RJ", "RJ-UDR"),
        "Task_" + instance, null, "rcs-district:RJ-UDR", "rcs-state:RJ", due, due.plusSeconds(90 * 60));
  }

  private Long rows(BreachLog.Breach breach) {
    return jdbc.queryForObject("select count(*) from sla_breach where process_instance_id = ?",
        Long.class, breach.ref().processInstanceId());
  }

  private double count(BreachLog.Breach breach) {
    Counter counter = meters.find(BreachLog.METER)
        .tags("process", PROCESS, "step", breach.step(), "state", "RJ").counter();
    return counter == null ? 0 : counter.count();
  }
}
