package org.sahakarflow.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/** New societies against the formation targets in reference/formation-targets.csv (RJ-UDR MPACS 2026: 50). */
@SahakarTest
class FormationProgressTest {

  @Autowired
  Http http;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void registeredThatYearAndOpenCasesCountAgainstTheDistrictsTarget() {
    Map<?, ?> before = row("ministry", "RJ-UDR", "MPACS");
    assertThat(before.get("target")).isEqualTo(50);
    long registered = ((Number) before.get("registered")).longValue();
    long open = ((Number) before.get("inProgress")).longValue();

    society("MPACS", LocalDate.of(2026, 1, 1));
    society("MPACS", LocalDate.of(2026, 12, 31));
    society("MPACS", LocalDate.of(2025, 12, 31));
    society("DAIRY", LocalDate.of(2026, 6, 1));
    String registration = openCase("mpacs-registration", "MPACS");
    String amendment = openCase("bye-law-adoption", "MPACS");

    Map<?, ?> after;
    try {
      after = row("ministry", "RJ-UDR", "MPACS");
    } finally {
      // rows with no engine case behind them must not outlive this test (the consistency test compares)
      jdbc.update("delete from insight_case where case_id in (?, ?)", registration, amendment);
    }
    assertThat(((Number) after.get("registered")).longValue()).as("2026 only, MPACS only").isEqualTo(registered + 2);
    assertThat(((Number) after.get("inProgress")).longValue()).as("registration cases only").isEqualTo(open + 1);
    assertThat(((Number) after.get("percentOfTarget")).doubleValue())
        .isEqualTo(Math.round((registered + 2) * 1000.0 / 50) / 10.0);
  }

  @Test
  void aStateSeesItselfOnlyAndADistrictOfficerNothing() {
    List<?> rajasthan = http.as("registrar.rj").getForEntity("/api/insight/formation", List.class).getBody();
    assertThat(rajasthan).isNotEmpty().allSatisfy(r -> assertThat(((Map<?, ?>) r).get("stateCode")).isEqualTo("RJ"));
    List<?> all = http.as("ministry").getForEntity("/api/insight/formation", List.class).getBody();
    assertThat(all).hasSize(36);
    assertThat(http.as("rcs.rj-udr").getForEntity("/api/insight/formation", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.as("applicant.rj-udr").getForEntity("/api/insight/formation.csv", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    String csv = http.as("ministry").getForEntity("/api/insight/formation.csv", String.class).getBody();
    assertThat(csv.lines().findFirst().orElseThrow()).contains("districtCode", "target", "registered", "inProgress");
    assertThat(http.as("ministry").getForEntity("/api/insight/formation?year=1900", String.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  private Map<?, ?> row(String user, String district, String type) {
    List<?> rows = http.as(user).getForEntity("/api/insight/formation?year=2026", List.class).getBody();
    return rows.stream().map(r -> (Map<?, ?>) r)
        .filter(r -> district.equals(r.get("districtCode")) && type.equals(r.get("societyType")))
        .findFirst().orElseThrow();
  }

  private void society(String type, LocalDate registeredOn) {
    String number = "RJ/UDR/" + type + "/T/" + UUID.randomUUID().toString().substring(0, 8);
    jdbc.update("""
        insert into society (registration_number, name, society_type, state_code, district_code,
          registered_on, deemed, verification_code, bye_law_version, created_at)
        values (?, ?, ?, 'RJ', 'RJ-UDR', ?, false, 'TESTCODE', 'test', ?)""",
        number, "Formation " + number, type, Date.valueOf(registeredOn), new Timestamp(System.currentTimeMillis()));
  }

  private String openCase(String process, String type) {
    String id = UUID.randomUUID().toString();
    jdbc.update("""
        insert into insight_case (case_id, business_key, process_key, state_code, district_code, society_type, started_at)
        values (?, ?, ?, 'RJ', 'RJ-UDR', ?, ?)""", id, "T-" + UUID.randomUUID(), process, type,
        new Timestamp(System.currentTimeMillis()));
    return id;
  }
}
