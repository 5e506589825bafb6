package org.sahakarflow.sla;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sahakarflow.sla.WorkingDayCalendar.WorkingWeek;
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

  private CalendarFiles() {
  }

  static WorkingDayCalendar load(Resource holidayFile, Resource workingWeekFile) {
    Map<String, WorkingWeek> weeks = new HashMap<>();
    for (Row row : rows(workingWeekFile, 4)) {
      if (weeks.put(row.state(), new WorkingWeek(yesNo(row, 1), yesNo(row, 2), yesNo(row, 3))) != null) {
        throw row.invalid("repeats State " + row.state());
      }
    }
    Map<String, Set<LocalDate>> holidays = new HashMap<>();
    for (Row row : rows(holidayFile, 3)) {
      holidays.computeIfAbsent(row.state(), s -> new HashSet<>()).add(date(row, 1));
    }
    return new WorkingDayCalendar(weeks, holidays);
  }

  private static List<Row> rows(Resource file, int columns) {
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
      List<Row> rows = new ArrayList<>();
      boolean header = true;
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        Row row = new Row(file.getDescription(), number, line.split(",", columns));
        if (row.cells().length != columns || !STATE.matcher(row.state()).matches()) {
          throw row.invalid("needs " + columns + " columns starting with a State code or '*'");
        }
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file.getDescription(), e);
    }
  }

  private static boolean yesNo(Row row, int column) {
    String value = row.cells()[column].trim();
    if (!YES.equals(value) && !NO.equals(value)) {
      throw row.invalid("column " + (column + 1) + " must be 'yes' or 'no'");
    }
    return YES.equals(value);
  }

  private static LocalDate date(Row row, int column) {
    try {
      return LocalDate.parse(row.cells()[column].trim());
    } catch (DateTimeParseException e) {
      throw row.invalid("column " + (column + 1) + " must be a date like 2026-01-26");
    }
  }

  private record Row(String file, int number, String[] cells) {

    String state() {
      return cells[0].trim();
    }

    IllegalStateException invalid(String problem) {
      return new IllegalStateException(file + " line " + number + " " + problem);
    }
  }
}
