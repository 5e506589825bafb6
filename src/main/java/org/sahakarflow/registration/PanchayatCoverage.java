package org.sahakarflow.registration;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sahakarflow.society.SocietyType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether a gram panchayat already has an M-PACS: a registered one, or an application under
 * consideration (its name held as open). One panchayat is the same panchayat by its LGD code where
 * both have one, else by its name as names are compared; the registrar decides what follows.
 */
@Component
class PanchayatCoverage {

  private final JdbcTemplate jdbc;

  PanchayatCoverage(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The society or open application serving the application's panchayat, other than itself. */
  Optional<String> servedBy(String applicationNumber) {
    List<Panchayat> own = jdbc.query("""
        select state_code, district_code, gram_panchayat_key, gram_panchayat_lgd_code
        from application_register where application_number = ?""", (rs, i) -> new Panchayat(rs.getString(1),
        rs.getString(2), rs.getString(3), (Integer) rs.getObject(4)), applicationNumber);
    if (own.isEmpty() || own.get(0).key() == null || own.get(0).key().isEmpty()) {
      return Optional.empty();
    }
    Panchayat panchayat = own.get(0);
    Optional<String> society = jdbc.query("""
        select name, registration_number, gram_panchayat_key, gram_panchayat_lgd_code from society
        where society_type = ? and state_code = ? and district_code = ?
          and (gram_panchayat_key = ? or gram_panchayat_lgd_code = ?)
        order by registered_on, registration_number""", (rs, i) -> same(panchayat, rs.getString(3),
        (Integer) rs.getObject(4)) ? rs.getString(1) + " (registration number " + rs.getString(2) + ")" : null,
        SocietyType.MPACS.name(), panchayat.stateCode(), panchayat.districtCode(), panchayat.key(),
        panchayat.lgdCode()).stream().filter(Objects::nonNull).findFirst();
    if (society.isPresent()) {
      return society;
    }
    return jdbc.query("""
        select a.society_name, a.application_number, a.gram_panchayat_key, a.gram_panchayat_lgd_code
        from application_register a
        join society_name_reservation r on r.application_number = a.application_number
        where a.society_type = ? and a.state_code = ? and a.district_code = ? and a.application_number <> ?
          and r.status = ? and (a.gram_panchayat_key = ? or a.gram_panchayat_lgd_code = ?)
        order by a.submitted_at, a.application_number""", (rs, i) -> same(panchayat, rs.getString(3),
        (Integer) rs.getObject(4)) ? rs.getString(1) + " (application " + rs.getString(2)
        + ", under consideration)" : null, SocietyType.MPACS.name(), panchayat.stateCode(),
        panchayat.districtCode(), applicationNumber, NameReservations.OPEN, panchayat.key(), panchayat.lgdCode())
        .stream().filter(Objects::nonNull).findFirst();
  }

  /** Two panchayats of one name told apart by their LGD codes are two panchayats. */
  private static boolean same(Panchayat panchayat, String key, Integer lgdCode) {
    if (panchayat.lgdCode() != null && lgdCode != null) {
      return panchayat.lgdCode().equals(lgdCode);
    }
    return panchayat.key().equals(key);
  }

  private record Panchayat(String stateCode, String districtCode, String key, Integer lgdCode) {
  }
}
