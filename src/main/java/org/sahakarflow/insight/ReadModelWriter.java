package org.sahakarflow.insight;

import java.sql.Timestamp;
import java.util.Date;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the read model ({@code insight_step}, {@code insight_case}) on the engine's JDBC
 * connection inside the engine's transaction: when the engine rolls back, so does every row here.
 */
@Component
class ReadModelWriter {

  private final JdbcTemplate jdbc;

  ReadModelWriter(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** What a step's own events change: who holds it, when it is due, how it ended. */
  record Progress(String taskId, String assignee, Date createdAt, Date dueAt, Date endedAt,
      String endReason) {

    /** Completed after its due date; a step escalated at its SLA's due date is breached already. */
    boolean breached() {
      return COMPLETED.equals(endReason) && dueAt != null && endedAt.after(dueAt);
    }

    Long lateByMinutes() {
      return breached() ? (endedAt.getTime() - dueAt.getTime()) / 60_000 : null;
    }

    Long durationSeconds() {
      return endedAt == null ? null : (endedAt.getTime() - createdAt.getTime()) / 1000;
    }
  }

  /** A step with the facts of its case, as its row is first written. */
  record Step(String caseId, String processInstanceId, String businessKey, String processKey,
      String step, String stepName, String stateCode, String districtCode, String societyType,
      Progress progress) {
  }

  static final String COMPLETED = "completed";

  @Transactional(propagation = Propagation.MANDATORY)
  public void insertStep(Step s, String candidateGroups) {
    Progress p = s.progress();
    jdbc.update("""
        insert into insight_step (task_id, case_id, process_instance_id, business_key, process_key,
          step, step_name, state_code, district_code, society_type, candidate_group, assignee,
          created_at, due_at, ended_at, end_reason, duration_seconds, breached, late_by_minutes)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        p.taskId(), s.caseId(), s.processInstanceId(), s.businessKey(), s.processKey(), s.step(),
        s.stepName(), s.stateCode(), s.districtCode(), s.societyType(), candidateGroups,
        p.assignee(), ts(p.createdAt()), ts(p.dueAt()), ts(p.endedAt()), p.endReason(),
        p.durationSeconds(), p.breached(), p.lateByMinutes());
  }

  /**
   * Writes a later event of a step. A row missing because an earlier event was missed is written
   * whole from {@code step} and {@code candidateGroups}, asked only then.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void updateStep(Progress p, Supplier<Step> step, Supplier<String> candidateGroups) {
    int updated = jdbc.update("""
        update insight_step set assignee = ?, due_at = ?, ended_at = ?, end_reason = ?,
          duration_seconds = ?, breached = (breached or ?), late_by_minutes = coalesce(?, late_by_minutes)
        where task_id = ?""",
        p.assignee(), ts(p.dueAt()), ts(p.endedAt()), p.endReason(), p.durationSeconds(),
        p.breached(), p.lateByMinutes(), p.taskId());
    if (updated == 0) {
      insertStep(step.get(), candidateGroups.get());
    }
  }

  /** The step was still open at its SLA's due date and went to {@code escalatedTo}; false if it has no row. */
  @Transactional(propagation = Propagation.MANDATORY)
  public boolean stepBreached(String taskId, String escalatedTo, Date at, long lateByMinutes) {
    return jdbc.update("""
        update insight_step set breached = true, escalated_to = ?, escalated_at = ?,
          late_by_minutes = coalesce(late_by_minutes, ?)
        where task_id = ?""", escalatedTo, ts(at), lateByMinutes, taskId) == 1;
  }

  /** The case's statutory decision limit expired and the case went to {@code escalatedTo}; false if it has no row. */
  @Transactional(propagation = Propagation.MANDATORY)
  public boolean statutoryLimitBreached(String caseId, String escalatedTo, Date limit, Date at) {
    return jdbc.update("""
        update insight_case set statutory_limit_due_at = ?, statutory_limit_breached_at = ?,
          statutory_limit_escalated_to = ?
        where case_id = ?""", ts(limit), ts(at), escalatedTo, caseId) == 1;
  }

  /** The case has reached a new step. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void stageReached(Step s) {
    jdbc.update("""
        update insight_case set stage = ?, stage_since = ?, society_type = coalesce(society_type, ?),
          district_code = coalesce(district_code, ?)
        where case_id = ?""",
        s.step(), ts(s.progress().createdAt()), s.societyType(), s.districtCode(), s.caseId());
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void caseStarted(String caseId, String businessKey, String processKey, String stateCode,
      String districtCode, String societyType, Date startedAt) {
    jdbc.update("""
        insert into insight_case (case_id, business_key, process_key, state_code, district_code,
          society_type, started_at) values (?, ?, ?, ?, ?, ?, ?)""",
        caseId, businessKey, processKey, stateCode, districtCode, societyType, ts(startedAt));
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void caseEnded(String caseId, Date endedAt) {
    jdbc.update("update insight_case set ended_at = ?, stage = null, stage_since = null where case_id = ?",
        ts(endedAt), caseId);
  }

  private static Timestamp ts(Date date) {
    return date == null ? null : new Timestamp(date.getTime());
  }
}
