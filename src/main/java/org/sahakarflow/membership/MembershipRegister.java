package org.sahakarflow.membership;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sahakarflow.system.EngineClock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The national memberships of every society (table {@code national_membership}), written in the
 * engine's transactions. A row holds its {@code standing} while the application is open or the
 * society is a member; the table's unique key on (society, national society, standing) is what
 * keeps a second open application, or a second admission, out, even when two start at once.
 * Public: the society record shows a society's memberships.
 */
@Component
public class MembershipRegister {

  static final String OPEN = "OPEN";
  static final String REFUSED = "REFUSED";
  static final String ADMITTED = "ADMITTED";
  static final String LAPSED = "LAPSED";
  static final String WITHDRAWN = "WITHDRAWN";
  private static final String STANDING = "Y";

  private final JdbcTemplate jdbc;

  MembershipRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The society's open application to, or membership of, the national society. */
  Optional<Membership> standing(String registrationNumber, String nationalSociety) {
    return jdbc.query(SELECT + " where registration_number = ? and national_society = ? and standing = ?",
        MembershipRegister::membership, registrationNumber, nationalSociety, STANDING).stream().findFirst();
  }

  /** @throws org.springframework.dao.DuplicateKeyException when the society stands with it already */
  void open(String processInstanceId, String registrationNumber, String nationalSociety) {
    jdbc.update("""
        insert into national_membership (process_instance_id, registration_number, national_society,
          status, standing, applied_at) values (?, ?, ?, ?, ?, ?)""", processInstanceId,
        registrationNumber, nationalSociety, OPEN, STANDING, now());
  }

  void numbered(String processInstanceId, String applicationNumber) {
    update("update national_membership set application_number = ? where process_instance_id = ?",
        applicationNumber, processInstanceId);
  }

  void admitted(String processInstanceId, String membershipNumber, LocalDate admittedOn) {
    update("update national_membership set status = ?, membership_number = ?, admitted_on = ? where process_instance_id = ?",
        ADMITTED, membershipNumber, Date.valueOf(admittedOn), processInstanceId);
  }

  void refused(String processInstanceId) {
    update("update national_membership set status = ? where process_instance_id = ?", REFUSED, processInstanceId);
  }

  /** The case ended: an admitted society keeps its standing, any other application gives it up. */
  void close(String processInstanceId, String outcome, String statusIfNotAdmitted) {
    jdbc.update("""
        update national_membership set closed_at = ?, outcome = ?,
          status = case when status = ? then status else ? end,
          standing = case when status = ? then standing else null end
        where process_instance_id = ?""", now(), outcome, ADMITTED, statusIfNotAdmitted, ADMITTED,
        processInstanceId);
  }

  /** Every application of the society to a national society, oldest first. */
  public List<Membership> memberships(String registrationNumber) {
    return jdbc.query(SELECT + " where registration_number = ? order by applied_at, application_number",
        MembershipRegister::membership, registrationNumber);
  }

  private void update(String sql, Object... args) {
    if (jdbc.update(sql, args) != 1) {
      throw new IllegalStateException("no national membership application for process instance "
          + args[args.length - 1]);
    }
  }

  private static final String SELECT = """
      select national_society, status, membership_number, admitted_on, application_number
      from national_membership""";

  private static Membership membership(java.sql.ResultSet row, int index) throws java.sql.SQLException {
    return new Membership(row.getString("national_society"), row.getString("status"),
        row.getString("membership_number"), row.getObject("admitted_on", LocalDate.class),
        row.getString("application_number"));
  }

  private static Timestamp now() {
    return new Timestamp(EngineClock.INSTANCE.millis());
  }

  /** One application: {@code status} OPEN, REFUSED (appealable or final), ADMITTED, LAPSED or WITHDRAWN. */
  public record Membership(String nationalSociety, String status, String membershipNumber,
      LocalDate admittedOn, String applicationNumber) {
  }
}
