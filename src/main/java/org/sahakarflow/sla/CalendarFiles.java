package org.sahakarflow.sla;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.sahakarflow.sla.WorkingDayCalendar.WorkingWeek;
import org.sahakarflow.system.CsvRows;
import org.sahakarflow.system.CsvRows.Row;
import org.springframework.core.io.Resource;

/**
 * Reads the working-day calendar from its two CSV files (a header line, {@code #} comments).
 * A malformed row stops the application from starting: a wrong calendar would silently move
 * every due date.
 */
final class CalendarFiles {

  private static final Pattern STATE = Pattern.compile("\\*|[A-Z]{2}");
  private static final String YES = "yes";
  private static final String NO = "no";
  private static final String ALL = "all";
  private static final String NONE = "none";
  private static final Pattern SATURDAY = Pattern.compile("[1-5]");

  private CalendarFiles() {
  }

  static WorkingDayCalendar load(Resource holidayFile, Resource workingWeekFile) {
    Map<String, WorkingWeek> weeks = new HashMap<>();
    for (Row row : CsvRows.reference(workingWeekFile, 3)) {
      String state = state(workingWeekFile, row);
      WorkingWeek week = new WorkingWeek(yesNo(workingWeekFile, row, 1), saturdays(workingWeekFile, row, 2));
      if (weeks.put(state, week) != null) {
        throw CsvRows.invalid(workingWeekFile, row, "repeats State " + state);
      }
    }
    Map<String, Set<LocalDate>> holidays = new HashMap<>();
    for (Row row : CsvRows.reference(holidayFile, 3)) {
      holidays.computeIfAbsent(state(holidayFile, row), s -> new HashSet<>()).add(date(holidayFile, row, 1));
    }
    return new WorkingDayCalendar(weeks, holidays);
  }

  private static String state(Resource file, Row row) {
    if (!STATE.matcher(row.cell(0)).matches()) {
      throw CsvRows.invalid(file, row, "column 1 must be a State code or '*'");
    }
    return row.cell(0);
  }

  /** "all", "none", or the Saturdays of the month that are off, by number: "2 4", "2". */
  private static Set<Integer> saturdays(Resource file, Row row, int column) {
    String value = row.cell(column);
    if (value.equals(ALL)) {
      return Set.of(1, 2, 3, 4, 5);
    }
    if (value.equals(NONE)) {
      return Set.of();
    }
    Set<Integer> off = new TreeSet<>();
    for (String ordinal : value.split("\\s+")) {
      if (!SATURDAY.matcher(ordinal).matches() || !off.add(Integer.valueOf(ordinal))) {
        throw CsvRows.invalid(file, row, "column " + (column + 1)
            + " must be 'all', 'none' or the Saturdays of the month off, like '2 4'");
      }
    }
    return off;
  }

  private static boolean yesNo(Resource file, Row row, int column) {
    String value = row.cell(column);
    if (!YES.equals(value) && !NO.equals(value)) {
      throw CsvRows.invalid(file, row, "column " + (column + 1) + " must be 'yes' or 'no'");
    }
    return YES.equals(value);
  }

  private static LocalDate date(Resource file, Row row, int column) {
    try {
      return LocalDate.parse(row.cell(column));
    } catch (DateTimeParseException e) {
      throw CsvRows.invalid(file, row, "column " + (column + 1) + " must be a date like 2026-01-26");
    }
  }
}
