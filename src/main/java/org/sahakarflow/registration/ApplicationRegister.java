package org.sahakarflow.registration;

import java.sql.Timestamp;
import org.sahakarflow.numbering.CaseNumbers;
import org.sahakarflow.society.SocietyType;
import org.sahakarflow.system.EngineClock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The register of applications received, written in the engine's transaction. */
@Component
class ApplicationRegister {

  private final JdbcTemplate jdbc;
  private final CaseNumbers numbers;

  ApplicationRegister(JdbcTemplate jdbc, CaseNumbers numbers) {
    this.jdbc = jdbc;
    this.numbers = numbers;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public String receive(Entry entry) {
    String number = numbers.next(entry.districtCode(), entry.type().name());
    jdbc.update("""
        insert into application_register (application_number, process_instance_id, process_key,
          society_type, society_name, state_code, district_code, applicant_id, submitted_at,
          block, gram_panchayat, gram_panchayat_lgd_code, gram_panchayat_key)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        number, entry.processInstanceId(), entry.processKey(), entry.type().name(),
        entry.societyName(), entry.stateCode(), entry.districtCode(), entry.applicantId(),
        new Timestamp(EngineClock.INSTANCE.millis()), entry.locality().block(), entry.locality().gramPanchayat(),
        entry.locality().gramPanchayatLgdCode(), entry.locality().gramPanchayatKey());
    return number;
  }

  record Entry(SocietyType type, String societyName, String stateCode, String districtCode,
      String applicantId, String processInstanceId, String processKey, ApplicationLocality.Locality locality) {
  }
}
