package org.sahakarflow.sla;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.sahakarflow.sla.WorkingDayCalendar.WorkingWeek;
import org.sahakarflow.system.CsvRows;
import org.sahakarflow.system.CsvRows.Row;
import org.springframework.core.io.Resource;

/**
 * Reads the working-day calendar from its two CSV files (a header line, {@code #} comments), and
 * the rows an administrator uploads in the same columns. A malformed shipped row stops the
 * application from starting: a wrong calendar would silently move every due date.
 */
final class CalendarFiles {

  static final List<String> HOLIDAY_COLUMNS = List.of("stateCode", "date", "name");
  static final List<String> WEEK_COLUMNS = List.of("stateCode", "sundayOff", "saturdaysOff");

  private static final Pattern STATE = Pattern.compile("\\*|[A-Z]{2}");
  private static final String ANY = "*";
  private static final String YES = "yes";
  private static final String NO = "no";
  private static final String ALL = "all";
  private static final String NONE = "none";
  private static final Pattern SATURDAY = Pattern.compile("[1-5]");
  static final int MAX_HOLIDAY_NAME = 100;

  private CalendarFiles() {
  }

  static WorkingDayCalendar load(Resource holidayFile, Resource workingWeekFile) {
    Map<String, WorkingWeek> weeks = new HashMap<>();
    for (Row row : CsvRows.reference(workingWeekFile, WEEK_COLUMNS.size())) {
      WeekRow week = shipped(workingWeekFile, row, () -> weekRow(row));
      if (weeks.put(week.stateCode(), week.week()) != null) {
        throw CsvRows.invalid(workingWeekFile, row, "repeats State " + week.stateCode());
      }
    }
    Map<String, Set<LocalDate>> holidays = new HashMap<>();
    Set<MonthDay> everyYear = new HashSet<>();
    for (Row row : CsvRows.reference(holidayFile, HOLIDAY_COLUMNS.size())) {
      if (row.cell(1).startsWith("--")) {
        everyYear.add(shipped(holidayFile, row, () -> everyYear(row)));
        continue;
      }
      HolidayRow holiday = shipped(holidayFile, row, () -> holidayRow(row));
      holidays.computeIfAbsent(holiday.stateCode(), s -> new HashSet<>()).add(holiday.date());
    }
    return new WorkingDayCalendar(weeks, holidays, everyYear);
  }

  record HolidayRow(String stateCode, LocalDate date, String name) {
  }

  record WeekRow(String stateCode, WorkingWeek week) {
  }

  /** A row that breaks a rule, by its column's name. */
  static final class RowProblem extends RuntimeException {

    private final String column;

    RowProblem(String column, String problem) {
      super(problem);
      this.column = column;
    }

    String column() {
      return column;
    }
  }

  static HolidayRow holidayRow(Row row) {
    String name = row.cell(2);
    if (name.isBlank() || name.length() > MAX_HOLIDAY_NAME || name.chars().anyMatch(Character::isISOControl)) {
      throw new RowProblem("name", "the holiday's name, one line of at most " + MAX_HOLIDAY_NAME + " characters");
    }
    return new HolidayRow(state(row.cell(0)), date(row.cell(1)), name);
  }

  /** A national day, closed in every State every year: {@code *,--01-26,Republic Day}. */
  private static MonthDay everyYear(Row row) {
    holidayRow(new Row(row.line(), List.of(row.cell(0), "2000" + row.cell(1).substring(1), row.cell(2))));
    if (!ANY.equals(row.cell(0))) {
      throw new RowProblem("stateCode", "a day of every year ('--01-26') is for every State: '*'");
    }
    return MonthDay.parse(row.cell(1));
  }

  static WeekRow weekRow(Row row) {
    return new WeekRow(state(row.cell(0)), new WorkingWeek(yesNo(row.cell(1)), saturdays(row.cell(2))));
  }

  private static <T> T shipped(Resource file, Row row, Supplier<T> read) {
    try {
      return read.get();
    } catch (RowProblem problem) {
      throw CsvRows.invalid(file, row, "column " + problem.column() + ": " + problem.getMessage());
    }
  }

  private static String state(String value) {
    if (!STATE.matcher(value).matches()) {
      throw new RowProblem("stateCode", "must be a State code or '*'");
    }
    return value;
  }

  /** "all", "none", or the Saturdays of the month that are off, by number: "2 4", "2". */
  private static Set<Integer> saturdays(String value) {
    if (value.equals(ALL)) {
      return Set.of(1, 2, 3, 4, 5);
    }
    if (value.equals(NONE)) {
      return Set.of();
    }
    Set<Integer> off = new TreeSet<>();
    for (String ordinal : value.split("\\s+")) {
      if (!SATURDAY.matcher(ordinal).matches() || !off.add(Integer.valueOf(ordinal))) {
        throw new RowProblem("saturdaysOff", "must be 'all', 'none' or the Saturdays of the month off, like '2 4'");
      }
    }
    return off;
  }

  private static boolean yesNo(String value) {
    if (!YES.equals(value) && !NO.equals(value)) {
      throw new RowProblem("sundayOff", "must be 'yes' or 'no'");
    }
    return YES.equals(value);
  }

  private static LocalDate date(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new RowProblem("date", "must be a date like 2026-01-26");
    }
  }
}
