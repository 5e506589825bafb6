package org.sahakarflow.insight;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Hand-made read-model rows under a process key of their own, for figures worked out by hand. */
final class StepRows {

  final String processKey;
  private final JdbcTemplate jdbc;
  private final Instant now;

  StepRows(JdbcTemplate jdbc, Instant now) {
    this(jdbc, now, "insight-test-" + UUID.randomUUID().toString().substring(0, 8));
  }

  StepRows(JdbcTemplate jdbc, Instant now, String processKey) {
    this.jdbc = jdbc;
    this.now = now;
    this.processKey = processKey;
  }

  /** A step completed {@code endedAgo} before now after {@code took}, due {@code allowed} after it opened. */
  void completed(String step, String state, String district, Duration endedAgo, Duration took, Duration allowed) {
    Instant ended = now.minus(endedAgo);
    Instant created = ended.minus(took);
    Instant due = created.plus(allowed);
    boolean breached = ended.isAfter(due);
    insert(step, state, district, created, due, ended, "completed", took.toSeconds(), breached,
        breached ? Duration.between(due, ended).toMinutes() : null);
  }

  void deleted(String step, String state, String district, Duration took) {
    insert(step, state, district, now.minus(took), now.minus(took), now, "deleted", took.toSeconds(), false, null);
  }

  /** An open step due {@code dueIn} from now (negative: overdue). */
  void open(String step, String state, String district, Duration dueIn) {
    insert(step, state, district, now.minus(Duration.ofDays(3)), now.plus(dueIn), null, null, null, false, null);
  }

  /** An open step the applicant must take (no office among its candidates), due {@code dueIn} from now. */
  void openWithApplicant(String step, String state, String district, Duration dueIn) {
    insert(step, state, district, now.minus(Duration.ofDays(3)), now.plus(dueIn), null, null, null, false, null, null);
  }

  void clear() {
    jdbc.update("delete from insight_step where process_key = ?", processKey);
  }

  private void insert(String step, String state, String district, Instant created, Instant due, Instant ended,
      String endReason, Long seconds, boolean breached, Long lateBy) {
    insert(step, state, district, created, due, ended, endReason, seconds, breached, lateBy, "rcs-district:" + district);
  }

  private void insert(String step, String state, String district, Instant created, Instant due, Instant ended,
      String endReason, Long seconds, boolean breached, Long lateBy, String candidateGroup) {
    String id = UUID.randomUUID().toString();
    jdbc.update("""
        insert into insight_step (task_id, case_id, process_instance_id, business_key, process_key, step,
          step_name, state_code, district_code, society_type, candidate_group, assignee, created_at, due_at,
          ended_at, end_reason, duration_seconds, breached, late_by_minutes)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'MPACS', ?, null, ?, ?, ?, ?, ?, ?, ?)""",
        id, id, id, "KEY-" + id.substring(0, 8), processKey, step, step, state, district,
        candidateGroup, ts(created), ts(due), ts(ended), endReason, seconds, breached, lateBy);
  }

  private static Timestamp ts(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }
}
