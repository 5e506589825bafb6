package org.sahakarflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** A cell a spreadsheet would run as a formula is written as text in every CSV download. */
@SahakarTest
class CsvInjectionTest {

  /** OWASP's formula starts: = + - @ tab, carriage return. */
  static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://evil.example\")", "+1+cmd|' /C calc'!A0",
      "-2+3", "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1");

  @Autowired
  Http http;
  @Autowired
  JdbcTemplate jdbc;
  final String processKey = "csv-test-" + UUID.randomUUID().toString().substring(0, 8);

  @AfterEach
  void removeRows() {
    jdbc.update("delete from insight_step where process_key = ?", processKey);
  }

  @Test
  void everyFormulaStartIsNeutralisedAndCountsStayNumbers() {
    Instant now = Instant.now();
    for (String step : FORMULAS) {
      String id = UUID.randomUUID().toString();
      jdbc.update("""
          insert into insight_step (task_id, case_id, process_instance_id, business_key, process_key, step,
            step_name, state_code, district_code, society_type, candidate_group, assignee, created_at, due_at, breached)
          values (?, ?, ?, ?, ?, ?, ?, 'RJ', 'RJ-UDR', 'MPACS', 'rcs-district:RJ-UDR', null, ?, ?, false)""",
          id, id, id, "KEY-" + id.substring(0, 8), processKey, step, step,
          Timestamp.from(now.minus(Duration.ofDays(3))), Timestamp.from(now.minus(Duration.ofDays(1))));
    }

    ResponseEntity<String> csv = http.as("ministry")
        .getForEntity("/api/insight/steps.csv?process=" + processKey, String.class);

    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<String> lines = List.of(csv.getBody().split("\r\n(?=" + processKey + "|$)"));
    assertThat(lines).hasSize(1 + FORMULAS.size());
    for (String step : FORMULAS) {
      String cell = "'" + step;
      String written = cell.contains("\"") || cell.contains("\r")
          ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
      // step and step name are both text; open and overdue are counts, written as plain numbers; an office holds them
      assertThat(lines).as(step).contains(processKey + "," + written + "," + written + ",1,1,0,0,,,,office");
    }
  }
}
