package org.sahakarflow.society;

import java.sql.Date;
import java.sql.Timestamp;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.sahakarflow.identity.Places;
import org.sahakarflow.system.CertificateFonts;
import org.sahakarflow.system.CsvRows;
import org.sahakarflow.system.EngineClock;
import org.sahakarflow.system.InvalidInputException;
import org.sahakarflow.system.InvalidInputException.FieldProblem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports societies registered before Sahakar Flow, so they can amend their bye-laws here. The
 * whole file is checked first and every bad row reported by its line number; a file with any bad
 * row imports nothing, so a corrected file can simply be sent again.
 */
@Component
class SocietyImport {

  static final List<String> HEADER = List.of("registrationNumber", "name", "type", "stateCode",
      "districtCode", "registeredOn", "secretaryUserId");
  static final String BYE_LAW_VERSION = "as registered (imported)";
  private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcTemplate jdbc;
  private final Places places;
  private final IdentityService identity;
  private final ProcessEngineConfigurationImpl engine;

  SocietyImport(JdbcTemplate jdbc, Places places, IdentityService identity,
      ProcessEngineConfiguration engine) {
    this.engine = (ProcessEngineConfigurationImpl) engine;
    this.jdbc = jdbc;
    this.places = places;
    this.identity = identity;
  }

  /**
   * @param states the States the importer answers for; a row of another State is a bad row
   * @return how many societies were imported
   */
  @Transactional
  public int importCsv(String csv, Set<String> states) {
    List<Row> rows = check(csv, states);
    Timestamp now = new Timestamp(EngineClock.INSTANCE.millis());
    for (Row row : rows) {
      jdbc.update("""
          insert into society (registration_number, name, name_key, society_type, state_code, district_code,
            registered_on, deemed, verification_code, bye_law_version, created_at)
          values (?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?)""", row.registrationNumber(), row.name(), SocietyName.key(row.name()),
          row.type().name(), row.stateCode(), row.districtCode(), Date.valueOf(row.registeredOn()),
          verificationCode(), BYE_LAW_VERSION, now);
      if (row.secretary() != null) {
        jdbc.update("insert into society_secretary (registration_number, user_id) values (?, ?)",
            row.registrationNumber(), row.secretary());
      }
    }
    return rows.size();
  }

  List<Row> check(String csv, Set<String> states) {
    List<CsvRows.Row> lines;
    try {
      lines = CsvRows.parse(csv.replace("\uFEFF", ""));
    } catch (CsvRows.Malformed e) {
      throw new InvalidInputException("line " + e.line(), e.getMessage());
    }
    List<String> header = lines.isEmpty() ? List.of() : lines.get(0).cells();
    // a longer header is refused too: a column the import does not know would be dropped unread
    if (header.size() < 6 || header.size() > HEADER.size()
        || !header.equals(HEADER.subList(0, header.size()))) {
      String given = String.join(",", header);
      throw new InvalidInputException("line " + (lines.isEmpty() ? 1 : lines.get(0).line()), "the header is "
          + (given.length() > 200 ? given.substring(0, 200) + "…" : given) + "; it must be " + String.join(",", HEADER) + " (secretaryUserId optional)");
    }
    List<FieldProblem> problems = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (CsvRows.Row line : lines.subList(1, lines.size())) {
      List<String> problemsOfRow = new ArrayList<>();
      Row row = parse(line.cells(), problemsOfRow, states);
      if (row != null) {
        Integer first = seen.putIfAbsent(row.registrationNumber(), line.line());
        if (first != null) {
          problemsOfRow.add("duplicates line " + first + " (" + row.registrationNumber() + ")");
        } else if (exists(row.registrationNumber())) {
          problemsOfRow.add(row.registrationNumber() + " is already on record");
        }
      }
      problemsOfRow.forEach(p -> problems.add(new FieldProblem("line " + line.line(), p)));
      if (problemsOfRow.isEmpty()) {
        rows.add(row);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (rows.isEmpty()) {
      throw new InvalidInputException("file", "no societies in the file");
    }
    return rows;
  }

  private Row parse(List<String> f, List<String> problems, Set<String> states) {
    if (f.size() < 6 || f.size() > 7) {
      problems.add("has " + f.size() + " columns, expected 6 or 7");
      return null;
    }
    String number = require(f.get(0), "registrationNumber", 60, problems);
    String name = require(f.get(1), "name", 120, problems);
    if (name != null) {
      CertificateFonts.unprintable(name).ifPresent(c -> problems.add("name has '" + c
          + "', which certificates cannot print (Latin and Devanagari script only)"));
    }
    SocietyType type = null;
    try {
      type = SocietyType.valueOf(f.get(2));
    } catch (IllegalArgumentException e) {
      problems.add("type '" + f.get(2) + "' is not one of MPACS, DAIRY, FISHERIES");
    }
    String state = f.get(3);
    String district = f.get(4);
    if (places.state(state).isEmpty()) {
      problems.add("stateCode '" + state + "' is not a known State");
    } else if (!states.contains(state)) {
      problems.add("you may not import societies of " + state);
    } else if (!places.isDistrictOf(district, state)) {
      problems.add("districtCode '" + district + "' is not a district of " + state);
    }
    LocalDate registeredOn = null;
    try {
      registeredOn = LocalDate.parse(f.get(5));
      if (registeredOn.isAfter(EngineClock.today())) {
        problems.add("registeredOn " + registeredOn + " is in the future");
      }
    } catch (DateTimeParseException e) {
      problems.add("registeredOn '" + f.get(5) + "' is not a date (yyyy-mm-dd)");
    }
    String secretary = f.size() == 7 && !f.get(6).isBlank() ? f.get(6) : null;
    if (secretary != null && !userExists(secretary)) {
      problems.add("secretaryUserId '" + secretary + "' is not a user");
    }
    return problems.isEmpty() ? new Row(number, name, type, state, district, registeredOn, secretary) : null;
  }

  private static String require(String value, String column, int maxLength, List<String> problems) {
    if (value.isBlank()) {
      problems.add(column + " is empty");
    } else if (value.length() > maxLength) {
      problems.add(column + " is longer than " + maxLength + " characters");
    }
    return value;
  }

  /** Whether the user exists, whoever imports: the importer need not hold read rights on users. */
  private boolean userExists(String userId) {
    return engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(
        () -> identity.createUserQuery().userId(userId).count() > 0));
  }

  private boolean exists(String registrationNumber) {
    return jdbc.queryForObject("select count(*) from society where registration_number = ?",
        Integer.class, registrationNumber) > 0;
  }

  /** Printed on a certificate to check it against the register; imported societies get one too. */
  private static String verificationCode() {
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
    }
    return code.toString();
  }

  record Row(String registrationNumber, String name, SocietyType type, String stateCode,
      String districtCode, LocalDate registeredOn, String secretary) {
  }
}
