package org.sahakarflow.credit;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.sahakarflow.system.EngineClock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Table {@code credit_linkage}, written in the engine's transactions. */
@Component
public class CreditRegister {

  static final String OPEN = "OPEN";
  static final String AFFILIATED = "AFFILIATED";
  static final String SANCTIONED = "SANCTIONED";
  static final String REFUSED = "REFUSED";
  static final String WITHDRAWN = "WITHDRAWN";
  static final String LAPSED = "LAPSED";
  static final String REFINANCED = "REFINANCED";
  static final String NOT_REFINANCED = "NOT_REFINANCED";

  private final JdbcTemplate jdbc;

  CreditRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void open(String processInstanceId, String applicationNumber, String registrationNumber, String dccb) {
    jdbc.update("""
        insert into credit_linkage (process_instance_id, application_number, registration_number, dccb, status, opened_at)
        values (?, ?, ?, ?, ?, ?)""", processInstanceId, applicationNumber, registrationNumber, dccb, OPEN, now());
  }

  void resolved(String processInstanceId, long borrowingLimit, long shareMoneyPaid) {
    jdbc.update("update credit_linkage set borrowing_limit = ?, share_money_paid = ? where process_instance_id = ?",
        borrowingLimit, shareMoneyPaid, processInstanceId);
  }

  void affiliated(String processInstanceId) {
    jdbc.update("update credit_linkage set status = ?, affiliated_on = ? where process_instance_id = ?",
        AFFILIATED, EngineClock.today(), processInstanceId);
  }

  void demanded(String processInstanceId, long demand) {
    jdbc.update("update credit_linkage set kcc_demand = ? where process_instance_id = ?", demand, processInstanceId);
  }

  void sanctioned(String processInstanceId, long limit, LocalDate validUntil, String reasons) {
    jdbc.update("update credit_linkage set status = ?, sanctioned_limit = ?, valid_until = ?, reasons = ? where process_instance_id = ?",
        SANCTIONED, limit, validUntil, reasons, processInstanceId);
  }

  void refused(String processInstanceId, String reasons) {
    jdbc.update("update credit_linkage set status = ?, reasons = ? where process_instance_id = ?",
        REFUSED, reasons, processInstanceId);
  }

  void documented(String processInstanceId) {
    jdbc.update("update credit_linkage set documents_executed_on = ? where process_instance_id = ?", EngineClock.today(), processInstanceId);
  }

  void refinance(String processInstanceId, boolean eligible, String reason) {
    jdbc.update("update credit_linkage set status = ?, refinance_eligible = ?, refinance_reason = ? where process_instance_id = ?",
        eligible ? REFINANCED : NOT_REFINANCED, eligible, reason, processInstanceId);
  }

  /**
   * The case ended: a lapsed query closes it as LAPSED; one that ended without a decision
   * (deleted by an administrator) is marked withdrawn.
   */
  void close(String processInstanceId, boolean lapsed) {
    jdbc.update("""
        update credit_linkage set closed_at = ?,
          status = case when status in ('OPEN', 'AFFILIATED') then ? else status end
        where process_instance_id = ?""", now(), lapsed ? LAPSED : WITHDRAWN, processInstanceId);
  }

  /** The number of the society's linkage still open (not yet sanctioned or refused), if any. */
  Optional<String> openCase(String registrationNumber) {
    return jdbc.queryForList("""
        select application_number from credit_linkage
        where registration_number = ? and status in ('OPEN', 'AFFILIATED') and closed_at is null""",
        String.class, registrationNumber).stream().findFirst();
  }

  /** The society's latest linkage, for its record: DCCB, status, affiliation, limit and validity. */
  public Optional<Map<String, Object>> latest(String registrationNumber) {
    return jdbc.query("""
        select dccb, status, application_number, borrowing_limit, affiliated_on, kcc_demand, sanctioned_limit, valid_until,
          refinance_eligible
        from credit_linkage where registration_number = ? order by opened_at desc""", rs -> {
      if (!rs.next()) {
        return Optional.<Map<String, Object>>empty();
      }
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("dccb", rs.getString("dccb"));
      row.put("status", rs.getString("status"));
      row.put("applicationNumber", rs.getString("application_number"));
      row.put("borrowingLimit", rs.getObject("borrowing_limit"));
      row.put("affiliatedOn", rs.getObject("affiliated_on", LocalDate.class));
      row.put("kccDemand", rs.getObject("kcc_demand"));
      row.put("sanctionedLimit", rs.getObject("sanctioned_limit"));
      row.put("validUntil", rs.getObject("valid_until", LocalDate.class));
      row.put("refinanced", rs.getObject("refinance_eligible"));
      return Optional.of(row);
    }, registrationNumber);
  }

  /** A short-term limit runs to the end of the financial year (31 March) in which it is sanctioned. */
  static LocalDate endOfFinancialYear(LocalDate day) {
    int year = day.getMonthValue() >= 4 ? day.getYear() + 1 : day.getYear();
    return LocalDate.of(year, 3, 31);
  }

  private static Timestamp now() {
    return new Timestamp(EngineClock.INSTANCE.millis());
  }
}
