package org.sahakarflow.sla;

import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The record of SLA breaches the ministry reads ({@code sla_breach}), written in the engine's
 * transaction: a job that fails and rolls back leaves no breach behind, and its retry records it once.
 */
@Component
class BreachLog {

  /** Exported to Prometheus as {@code sahakar_sla_breaches_total{process,step,state}}. */
  static final String METER = "sahakar.sla.breaches";

  private final JdbcTemplate jdbc;
  private final MeterRegistry meters;

  BreachLog(JdbcTemplate jdbc, MeterRegistry meters) {
    this.jdbc = jdbc;
    this.meters = meters;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void record(Breach breach) {
    CaseRef ref = breach.ref();
    jdbc.update("""
        insert into sla_breach (process_instance_id, business_key, process_key, step, task_id,
          state_code, district_code, candidate_group, escalated_to, due_at, breached_at, late_by_minutes)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        ref.processInstanceId(), ref.businessKey(), ref.processKey(), breach.step(), breach.taskId(),
        ref.stateCode(), ref.districtCode(), breach.candidateGroup(), breach.escalatedTo(),
        Timestamp.from(breach.dueAt()), Timestamp.from(breach.breachedAt()), breach.lateByMinutes());
    // counted after commit, like the row: a rolled-back attempt must not count
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        meters.counter(METER, "process", ref.processKey(), "step", breach.step(),
            "state", ref.stateCode()).increment();
      }
    });
  }

  /**
   * @param taskId the overdue task; null for a statutory limit, which the whole case breaches
   * @param candidateGroup the groups that held the work, comma-separated
   * @param escalatedTo the group the work was escalated to
   */
  record Breach(CaseRef ref, String step, String taskId, String candidateGroup, String escalatedTo,
      Instant dueAt, Instant breachedAt) {

    long lateByMinutes() {
      return Math.max(0, Duration.between(dueAt, breachedAt).toMinutes());
    }
  }
}
