package org.sahakarflow.insight;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sahakarflow.system.CsvRows;
import org.sahakarflow.system.EngineClock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * New societies against the formation targets per district, society type and year: the targets
 * are data ({@code sahakar.insight.formation-targets}, a CSV of
 * {@code stateCode,districtCode,societyType,year,target}); registered counts every society on
 * record registered in that calendar year (through Sahakar Flow or imported), in progress every
 * open registration case.
 */
@Component
class FormationProgress {

  static final List<String> REGISTRATION_PROCESSES =
      List.of("mpacs-registration", "dairy-registration", "fisheries-registration");

  record Target(String stateCode, String districtCode, String societyType, int year, long target) {
  }

  record Row(String stateCode, String districtCode, String societyType, int year, long target,
      long registered, long inProgress, double percentOfTarget) {
  }

  private final JdbcTemplate jdbc;
  private final List<Target> targets;

  FormationProgress(JdbcTemplate jdbc,
      @Value("${sahakar.insight.formation-targets:classpath:reference/formation-targets.csv}") Resource file) {
    this.jdbc = jdbc;
    this.targets = read(file);
  }

  /** @param year the target year; null for the latest year with targets */
  List<Row> rows(InsightScope scope, Integer year) {
    int wanted = year != null ? year : targets.stream().mapToInt(Target::year).max().orElse(EngineClock.today().getYear());
    Map<String, Long> registered = new HashMap<>();
    jdbc.query("""
        select district_code, society_type, count(*) n from society
        where registered_on >= ? and registered_on <= ? group by district_code, society_type""",
        rs -> {
          registered.put(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3));
        }, Date.valueOf(LocalDate.of(wanted, 1, 1)), Date.valueOf(LocalDate.of(wanted, 12, 31)));
    Map<String, Long> open = new HashMap<>();
    jdbc.query("""
        select district_code, society_type, count(*) n from insight_case
        where ended_at is null and process_key in (?, ?, ?) group by district_code, society_type""",
        rs -> {
          open.put(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3));
        }, REGISTRATION_PROCESSES.toArray());
    List<Row> rows = new ArrayList<>();
    for (Target target : targets) {
      if (target.year() != wanted || !(scope.allStates() || scope.states().contains(target.stateCode()))) {
        continue;
      }
      String key = target.districtCode() + "/" + target.societyType();
      long done = registered.getOrDefault(key, 0L);
      double percent = target.target() == 0 ? 0 : Math.round(done * 1000.0 / target.target()) / 10.0;
      rows.add(new Row(target.stateCode(), target.districtCode(), target.societyType(), wanted, target.target(),
          done, open.getOrDefault(key, 0L), percent));
    }
    return rows;
  }

  private static List<Target> read(Resource file) {
    List<Target> targets = new ArrayList<>();
    for (CsvRows.Row row : CsvRows.reference(file, 5)) {
      try {
        targets.add(new Target(row.cell(0), row.cell(1), row.cell(2), Integer.parseInt(row.cell(3)),
            Long.parseLong(row.cell(4))));
      } catch (NumberFormatException e) {
        throw CsvRows.invalid(file, row, "year and target must be whole numbers");
      }
    }
    return List.copyOf(targets);
  }
}
