package org.sahakarflow.insight;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sahakarflow.system.EngineClock;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The dashboard's figures, straight from the read model. "Now" is the engine's clock. Medians and
 * 90th percentiles are SQL {@code percentile_cont} (linear interpolation between the two nearest
 * durations), which PostgreSQL and H2 both compute in the database, so no step's durations are
 * ever fetched. Time in step and breach rate count completed steps that ended within the period.
 */
@Component
class InsightQueries {

  static final int OLDEST_OVERDUE_LIMIT = 20;
  static final String APPLICANT = "applicant";
  static final String OFFICE = "office";
  /** Applicants' steps name their user, never a group; every office's step names its group. */
  private static final String HELD_BY = "case when max(candidate_group) is null then '" + APPLICANT + "' else '"
      + OFFICE + "' end held_by ";

  private final NamedParameterJdbcTemplate jdbc;

  InsightQueries(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * {@code heldBy}: {@value #APPLICANT} for a step the applicant must take (no office among its
   * candidates), {@value #OFFICE} otherwise, so that waiting on a promoter is not read as an
   * office's delay.
   */
  record StepFigures(String processKey, String step, String stepName, long open, long overdue,
      long completed, long breached, Double breachRate, Double medianSeconds, Double p90Seconds, String heldBy) {
  }

  record HeatCell(String state, String processKey, String step, long overdue) {
  }

  record OverdueStep(String businessKey, String caseId, String processInstanceId, String processKey,
      String step, String state, String district, String assignee, String dueAt, long overdueMinutes, String heldBy) {
  }

  /**
   * A case held by a step that failed through its whole retry cycle (an incident): where, since
   * when, and the engine's reason, until an operator retries it in Cockpit.
   */
  record StoppedCase(String businessKey, String processInstanceId, String processKey, String step, String state,
      String district, String since, String incidentType, String reason) {
  }

  List<StoppedCase> stoppedCases(InsightFilter filter, InsightScope scope) {
    Where where = Where.of(filter, scope);
    return jdbc.query("""
        select business_key, proc_inst_id_, process_key, activity_id_, state_code, district_code,
          incident_timestamp_, incident_type_, incident_msg_
        from act_ru_incident join insight_case on case_id = proc_inst_id_
        where ended_at is null""" + where.sql()
        + " order by incident_timestamp_, id_ fetch first " + OLDEST_OVERDUE_LIMIT + " rows only",
        where.params(), (rs, n) -> new StoppedCase(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant().toString(),
            rs.getString(8), rs.getString(9) == null ? "" : rs.getString(9).lines().findFirst().orElse("")));
  }

  List<StepFigures> steps(InsightFilter filter, InsightScope scope) {
    Where where = Where.of(filter, scope);
    Map<String, StepFigures> byStep = new LinkedHashMap<>();
    jdbc.query("""
        select process_key, step, max(step_name) step_name, count(*) open_count,
          sum(case when due_at < :now then 1 else 0 end) overdue_count, """ + HELD_BY + """
        from insight_step where ended_at is null""" + where.sql() + " group by process_key, step",
        where.params(), rs -> {
          byStep.put(rs.getString(1) + '/' + rs.getString(2), new StepFigures(rs.getString(1),
              rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5), 0, 0, null, null, null, rs.getString(6)));
        });
    jdbc.query("""
        select process_key, step, max(step_name) step_name, count(*) completed,
          sum(case when breached then 1 else 0 end) breached_count,
          percentile_cont(0.5) within group (order by duration_seconds) median_seconds,
          percentile_cont(0.9) within group (order by duration_seconds) p90_seconds, """ + HELD_BY + """
        from insight_step where end_reason = 'completed' and ended_at >= :from and ended_at <= :now"""
        + where.sql() + " group by process_key, step", where.params(), rs -> {
          String key = rs.getString(1) + '/' + rs.getString(2);
          StepFigures open = byStep.get(key);
          long completed = rs.getLong(4);
          long breached = rs.getLong(5);
          byStep.put(key, new StepFigures(rs.getString(1), rs.getString(2), rs.getString(3),
              open == null ? 0 : open.open(), open == null ? 0 : open.overdue(), completed, breached,
              completed == 0 ? null : (double) breached / completed,
              rs.getObject(6) == null ? null : rs.getDouble(6),
              rs.getObject(7) == null ? null : rs.getDouble(7), rs.getString(8)));
        });
    List<StepFigures> rows = new ArrayList<>(byStep.values());
    rows.sort((a, b) -> (a.processKey() + '/' + a.step()).compareTo(b.processKey() + '/' + b.step()));
    return rows;
  }

  /** Overdue open steps per State and step. */
  List<HeatCell> heat(InsightFilter filter, InsightScope scope) {
    Where where = Where.of(filter, scope);
    return jdbc.query("""
        select state_code, process_key, step, count(*) from insight_step
        where ended_at is null and due_at < :now""" + where.sql()
        + " group by state_code, process_key, step order by state_code, process_key, step",
        where.params(), (rs, n) -> new HeatCell(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
  }

  /** The open steps longest past their due date. */
  List<OverdueStep> oldestOverdue(InsightFilter filter, InsightScope scope) {
    Where where = Where.of(filter, scope);
    Instant now = (Instant) where.params().getValue("nowInstant");
    return jdbc.query("""
        select business_key, case_id, process_instance_id, process_key, step, state_code,
          district_code, assignee, due_at, candidate_group from insight_step
        where ended_at is null and due_at < :now""" + where.sql()
        + " order by due_at, task_id fetch first " + OLDEST_OVERDUE_LIMIT + " rows only",
        where.params(), (rs, n) -> {
          Instant due = rs.getTimestamp(9).toInstant();
          return new OverdueStep(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
              rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), due.toString(),
              ChronoUnit.MINUTES.between(due, now), rs.getString(10) == null ? APPLICANT : OFFICE);
        });
  }

  /** The filter and scope as SQL conditions on the read model's columns. */
  private record Where(String sql, MapSqlParameterSource params) {

    static Where of(InsightFilter filter, InsightScope scope) {
      scope.check(filter);
      Instant now = EngineClock.INSTANCE.instant();
      MapSqlParameterSource params = new MapSqlParameterSource()
          .addValue("now", Timestamp.from(now))
          .addValue("nowInstant", now)
          .addValue("from", Timestamp.from(now.minus(filter.period(), ChronoUnit.DAYS)));
      StringBuilder sql = new StringBuilder();
      if (!scope.allStates()) {
        sql.append(" and state_code in (:scopeStates)");
        params.addValue("scopeStates", scope.states());
      }
      if (filter.state() != null) {
        sql.append(" and state_code = :state");
        params.addValue("state", filter.state());
      }
      if (filter.district() != null) {
        sql.append(" and district_code = :district");
        params.addValue("district", filter.district());
      }
      if (filter.process() != null) {
        sql.append(" and process_key = :process");
        params.addValue("process", filter.process());
      }
      if (filter.societyType() != null) {
        sql.append(" and society_type = :societyType");
        params.addValue("societyType", filter.societyType());
      }
      return new Where(sql.toString(), params);
    }
  }
}
