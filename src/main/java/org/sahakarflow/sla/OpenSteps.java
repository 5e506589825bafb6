package org.sahakarflow.sla;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where a case waits now, from the read model: its open steps (a called registrar decision's
 * included), who holds each and until when. Callers check first that the reader may see the case.
 */
@Component
public class OpenSteps {

  private final JdbcTemplate jdbc;

  OpenSteps(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * @param heldBy the assignee, else the candidate groups
   * @param office the candidate groups, also once an officer of them holds the step
   */
  public record Waiting(String step, String name, String heldBy, Instant since, Instant due, String office) {
  }

  public List<Waiting> of(String caseId) {
    return jdbc.query("""
        select step, step_name, coalesce(assignee, candidate_group), created_at, due_at, candidate_group from insight_step
        where case_id = ? and ended_at is null order by created_at, task_id""",
        (rs, n) -> new Waiting(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getTimestamp(4).toInstant(), rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(),
            rs.getString(6)),
        caseId);
  }
}
