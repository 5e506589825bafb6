package org.sahakarflow.insight;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sahakarflow.identity.Places;
import org.sahakarflow.society.SocietyType;
import org.sahakarflow.system.CsvRows;
import org.sahakarflow.system.CsvUpload;
import org.sahakarflow.system.EngineClock;
import org.sahakarflow.system.ReferenceDataset;
import org.sahakarflow.system.ReferenceUploadLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * New societies against the formation targets per district, society type and year: the targets
 * are data ({@code sahakar.insight.formation-targets}, a CSV of
 * {@code stateCode,districtCode,societyType,year,target}); registered counts every society on
 * record registered in that calendar year (through Sahakar Flow or imported), in progress every
 * open registration case. An administrator uploads a year's targets (dataset
 * {@code formation-targets}, same columns): the rows of a file replace the targets of each State
 * and year it names.
 */
@Component
class FormationProgress implements ReferenceDataset {

  static final String DATASET = "formation-targets";
  static final List<String> COLUMNS = List.of("stateCode", "districtCode", "societyType", "year", "target");

  static final List<String> REGISTRATION_PROCESSES =
      List.of("mpacs-registration", "dairy-registration", "fisheries-registration");

  record Target(String stateCode, String districtCode, String societyType, int year, long target) {
  }

  record Row(String stateCode, String districtCode, String societyType, int year, long target,
      long registered, long inProgress, double percentOfTarget) {
  }

  private final JdbcTemplate jdbc;
  private final Places places;
  private volatile List<Target> targets;

  FormationProgress(JdbcTemplate jdbc, Places places, ReferenceUploadLog log,
      @Value("${sahakar.insight.formation-targets:classpath:reference/formation-targets.csv}") Resource file) {
    this.jdbc = jdbc;
    this.places = places;
    this.targets = read(file);
    log.contents(DATASET).forEach(content -> take(rows(content)));
  }

  @Override
  public List<String> names() {
    return List.of(DATASET);
  }

  @Override
  public Checked check(String name, String content) {
    List<Target> uploaded = rows(content);
    Set<String> replaced = new TreeSet<>();
    uploaded.forEach(t -> replaced.add(t.stateCode() + "/" + t.year()));
    return new Checked(uploaded.size(), replaced.toString(), () -> take(uploaded));
  }

  /** The targets of the States and years uploaded are the upload's; every other stays. */
  private synchronized void take(List<Target> uploaded) {
    Set<String> replaced = new TreeSet<>();
    uploaded.forEach(t -> replaced.add(t.stateCode() + "/" + t.year()));
    List<Target> kept = new ArrayList<>(targets.stream()
        .filter(t -> !replaced.contains(t.stateCode() + "/" + t.year())).toList());
    kept.addAll(uploaded);
    targets = List.copyOf(kept);
  }

  private List<Target> rows(String content) {
    CsvUpload upload = CsvUpload.of(content, COLUMNS);
    Map<String, Integer> seen = new LinkedHashMap<>();
    List<Target> uploaded = new ArrayList<>();
    for (CsvRows.Row row : upload.rows()) {
      int before = upload.problems();
      String state = row.cell(0);
      String district = row.cell(1);
      if (places.state(state).isEmpty()) {
        upload.problem(row, "stateCode", state + " is not a State or Union Territory on record");
      } else if (!places.isDistrictOf(district, state)) {
        upload.problem(row, "districtCode", district + " is not a district of " + state + " on record");
      }
      if (Arrays.stream(SocietyType.values()).noneMatch(type -> type.name().equals(row.cell(2)))) {
        upload.problem(row, "societyType", "'" + row.cell(2) + "' is not one of " + List.of(SocietyType.values()));
      }
      Integer year = whole(row.cell(3));
      if (year == null || year < 2000 || year > 2100) {
        upload.problem(row, "year", "'" + row.cell(3) + "' is not a year such as 2027");
      }
      Integer target = whole(row.cell(4));
      if (target == null || target < 0) {
        upload.problem(row, "target", "'" + row.cell(4) + "' is not a number of societies (0 or more)");
      }
      Integer first = seen.putIfAbsent(district + "/" + row.cell(2) + "/" + row.cell(3), row.line());
      if (first != null) {
        upload.problem(row, "districtCode", district + " has a " + row.cell(2) + " target for " + row.cell(3)
            + " on line " + first + " too");
      }
      if (upload.problems() == before) {
        uploaded.add(new Target(state, district, row.cell(2), year, target));
      }
    }
    upload.refuseIfBad();
    return uploaded;
  }

  private static Integer whole(String cell) {
    try {
      return Integer.valueOf(cell);
    } catch (NumberFormatException e) {
      return null;
    }
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
