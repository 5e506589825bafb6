package org.sahakarflow.bylaws;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.sahakarflow.system.EngineClock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every bye-law amendment case of a society (table {@code bylaw_amendment}), written in the
 * engine's transactions: the society's amendment history and the ministry's adoption count.
 */
@Component
public class AmendmentRegister {

  static final String OPEN = "OPEN";
  static final String REGISTERED = "REGISTERED";
  static final String CLOSED = "CLOSED";

  private final JdbcTemplate jdbc;

  AmendmentRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  boolean hasOpenCase(String registrationNumber) {
    return jdbc.queryForObject("select count(*) from bylaw_amendment where registration_number = ? and status = ?",
        Integer.class, registrationNumber, OPEN) > 0;
  }

  void open(String caseNumber, String registrationNumber, String processInstanceId, boolean directed) {
    jdbc.update("""
        insert into bylaw_amendment (case_number, registration_number, process_instance_id, status,
          directed, started_at) values (?, ?, ?, ?, ?, ?)""", caseNumber, registrationNumber,
        processInstanceId, OPEN, directed, now());
  }

  /** @param registeredBy null when {@code deemed}: a deemed registration is nobody's order */
  void registered(String processInstanceId, List<String> activities, String byeLawVersion,
      LocalDate registeredOn, String registeredBy, boolean deemed) {
    jdbc.update("""
        update bylaw_amendment set adopted_activities = ?, bye_law_version = ?, registered_on = ?,
          registered_by = ?, deemed = ? where process_instance_id = ?""", String.join(",", activities),
        byeLawVersion, Date.valueOf(registeredOn), registeredBy, deemed, processInstanceId);
  }

  void close(String processInstanceId, String status, String outcome) {
    jdbc.update("update bylaw_amendment set status = ?, outcome = ?, closed_at = ? where process_instance_id = ?",
        status, outcome, now(), processInstanceId);
  }

  public List<Amendment> history(String registrationNumber) {
    return jdbc.query("""
        select case_number, status, directed, started_at, closed_at, outcome, adopted_activities,
               bye_law_version, registered_on, deemed
        from bylaw_amendment where registration_number = ? order by started_at, case_number""",
        (row, i) -> new Amendment(row.getString("case_number"), row.getString("status"),
            row.getBoolean("directed"), row.getTimestamp("started_at").toInstant().toString(),
            row.getTimestamp("closed_at") == null ? null : row.getTimestamp("closed_at").toInstant().toString(),
            row.getString("outcome"),
            row.getString("adopted_activities") == null ? List.of()
                : List.of(row.getString("adopted_activities").split(",")),
            row.getString("bye_law_version"), row.getObject("registered_on", LocalDate.class),
            row.getBoolean("deemed")),
        registrationNumber);
  }

  private static Timestamp now() {
    return new Timestamp(EngineClock.INSTANCE.millis());
  }

  public record Amendment(String caseNumber, String status, boolean directed, String startedAt,
      String closedAt, String outcome, List<String> adoptedActivities, String byeLawVersion,
      LocalDate registeredOn, boolean deemed) {
  }
}
