package org.sahakarflow.credit;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Societies on record for the credit-linkage tests. */
public final class CreditCases {

  static final String SECRETARY = "applicant.rj-udr";

  private CreditCases() {
  }

  /** An M-PACS on record in RJ-UDR (as imported), with the secretary acting for it. */
  public static String society(JdbcTemplate jdbc, String secretary) {
    String number = "RJ/UDR/MPACS/OLD/" + UUID.randomUUID().toString().substring(0, 8);
    jdbc.update("""
        insert into society (registration_number, name, society_type, state_code, district_code,
          registered_on, deemed, verification_code, bye_law_version, created_at)
        values (?, ?, 'MPACS', 'RJ', 'RJ-UDR', ?, false, 'TESTCODE', 'as registered (imported)', ?)""",
        number, "Kheda PACS " + number.substring(number.length() - 8), Date.valueOf(LocalDate.of(1985, 4, 1)),
        new Timestamp(System.currentTimeMillis()));
    jdbc.update("insert into society_secretary (registration_number, user_id) values (?, ?)", number, secretary);
    return number;
  }
}
