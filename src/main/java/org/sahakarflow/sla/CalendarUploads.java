package org.sahakarflow.sla;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.sahakarflow.identity.Groups;
import org.sahakarflow.identity.Places;
import org.sahakarflow.sla.CalendarFiles.HolidayRow;
import org.sahakarflow.sla.CalendarFiles.RowProblem;
import org.sahakarflow.sla.CalendarFiles.WeekRow;
import org.sahakarflow.sla.WorkingDayCalendar.WorkingWeek;
import org.sahakarflow.system.CsvRows;
import org.sahakarflow.system.EngineClock;
import org.sahakarflow.system.InvalidInputException;
import org.sahakarflow.system.InvalidInputException.FieldProblem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Holiday lists and working weeks an administrator uploads without a release. A holiday upload
 * replaces the list of each State and year it names (the central list is {@code *}); a working-week
 * upload replaces the rows of the States it names. Every row is checked first and a bad one named
 * by line and column, with nothing applied; a good file is kept as a new version (who, when, what)
 * and the calendar takes it once the upload commits, resolving the incidents of cases whose dates
 * were counted without the list. Due dates already set stay as they are.
 */
@Component
public class CalendarUploads {

  public static final String HOLIDAYS = "holidays";
  public static final String WORKING_WEEK = "working-week";

  private final WorkingDayCalendar calendar;
  private final JdbcTemplate jdbc;
  private final Places places;
  private final MissingHolidayLists missingLists;

  CalendarUploads(WorkingDayCalendar calendar, JdbcTemplate jdbc, Places places, MissingHolidayLists missingLists) {
    this.calendar = calendar;
    this.jdbc = jdbc;
    this.places = places;
    this.missingLists = missingLists;
    // the uploads of earlier runs (and of other nodes), in the order they were made
    for (Map<String, Object> upload : jdbc.queryForList(
        "select dataset, content from reference_upload order by uploaded_at, dataset, version")) {
      parse((String) upload.get("dataset"), rows((String) upload.get("content"))).take().run();
    }
  }

  @Transactional
  public Version upload(String dataset, String csv, Authentication caller) {
    if (caller == null || caller.getGroupIds() == null || !caller.getGroupIds().contains(Groups.ADMIN)) {
      throw new AuthorizationException("only an administrator changes the holiday lists and working weeks");
    }
    List<CsvRows.Row> rows = rows(csv);
    Parsed parsed = parse(dataset, rows);
    String summary = parsed.summary();
    Integer last = jdbc.queryForObject("select max(version) from reference_upload where dataset = ?", Integer.class,
        dataset);
    int version = last == null ? 1 : last + 1;
    jdbc.update("insert into reference_upload (dataset, version, uploaded_by, uploaded_at, row_count, summary, content)"
        + " values (?, ?, ?, ?, ?, ?, ?)", dataset, version, caller.getUserId(),
        new Timestamp(EngineClock.INSTANCE.millis()), rows.size() - 1, summary, csv);
    Runnable take = () -> {
      parsed.take().run();
      missingLists.resolveListed();
    };
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          take.run();
        }
      });
    } else {
      take.run();
    }
    return new Version(dataset, version, caller.getUserId(), rows.size() - 1, summary);
  }

  public List<Uploaded> versions(String dataset) {
    return jdbc.query("select version, uploaded_by, uploaded_at, row_count, summary from reference_upload"
        + " where dataset = ? order by version desc", (rs, i) -> new Uploaded(rs.getInt(1), rs.getString(2),
        rs.getTimestamp(3).toInstant(), rs.getInt(4), rs.getString(5)), dataset);
  }

  /** A version as the history lists it. */
  public record Uploaded(int version, String uploadedBy, Instant uploadedAt, int rows, String summary) {
  }

  /**
   * @param summary what the version replaced: the State and year lists of holidays ("KL/2027",
   *     "&#42;/2027"), or the States of working weeks
   */
  public record Version(String dataset, int version, String uploadedBy, int rows, String summary) {
  }

  /** A checked file: what it replaces, and how the calendar takes it. */
  private record Parsed(String summary, Runnable take) {
  }

  private Parsed parse(String dataset, List<CsvRows.Row> rows) {
    return switch (dataset) {
      case HOLIDAYS -> {
        Map<String, Set<LocalDate>> lists = holidayLists(rows);
        yield new Parsed(lists.keySet().toString(), () -> takeHolidays(lists));
      }
      case WORKING_WEEK -> {
        Map<String, WorkingWeek> weeks = weekRows(rows);
        yield new Parsed(weeks.keySet().toString(), () -> takeWeeks(weeks));
      }
      default -> throw new InvalidInputException("dataset", "one of " + List.of(HOLIDAYS, WORKING_WEEK));
    };
  }

  private synchronized void takeHolidays(Map<String, Set<LocalDate>> lists) {
    Map<String, Set<LocalDate>> holidays = new HashMap<>();
    calendar.holidays().forEach((state, days) -> holidays.put(state, new HashSet<>(days)));
    lists.forEach((list, days) -> {
      String state = list.substring(0, list.indexOf('/'));
      int year = Integer.parseInt(list.substring(list.indexOf('/') + 1));
      Set<LocalDate> kept = holidays.computeIfAbsent(state, s -> new HashSet<>());
      kept.removeIf(day -> day.getYear() == year);
      kept.addAll(days);
    });
    calendar.replace(calendar.weeks(), holidays);
  }

  private synchronized void takeWeeks(Map<String, WorkingWeek> rows) {
    Map<String, WorkingWeek> weeks = new HashMap<>(calendar.weeks());
    weeks.putAll(rows);
    calendar.replace(weeks, calendar.holidays());
  }

  private static List<CsvRows.Row> rows(String csv) {
    try {
      return CsvRows.parse(csv.replace("\uFEFF", ""));
    } catch (CsvRows.Malformed e) {
      throw new InvalidInputException("line " + e.line(), e.getMessage());
    }
  }

  /** The lists the rows give, by "STATE/YEAR", or every bad row named. */
  private Map<String, Set<LocalDate>> holidayLists(List<CsvRows.Row> rows) {
    Map<String, Set<LocalDate>> lists = new TreeMap<>();
    Map<String, Integer> seen = new HashMap<>();
    List<FieldProblem> problems = new ArrayList<>();
    for (CsvRows.Row row : body(rows, CalendarFiles.HOLIDAY_COLUMNS, problems)) {
      try {
        HolidayRow holiday = CalendarFiles.holidayRow(row);
        knownState(holiday.stateCode());
        Integer first = seen.putIfAbsent(holiday.stateCode() + ' ' + holiday.date(), row.line());
        if (first != null) {
          throw new RowProblem("date", holiday.date() + " for " + holiday.stateCode() + " is on line " + first + " too");
        }
        lists.computeIfAbsent(holiday.stateCode() + '/' + holiday.date().getYear(), l -> new TreeSet<>())
            .add(holiday.date());
      } catch (RowProblem problem) {
        problems.add(problemOf(row, problem));
      }
    }
    return checked(lists, problems);
  }

  private Map<String, WorkingWeek> weekRows(List<CsvRows.Row> rows) {
    Map<String, WorkingWeek> weeks = new TreeMap<>();
    List<FieldProblem> problems = new ArrayList<>();
    for (CsvRows.Row row : body(rows, CalendarFiles.WEEK_COLUMNS, problems)) {
      try {
        WeekRow week = CalendarFiles.weekRow(row);
        knownState(week.stateCode());
        if (weeks.put(week.stateCode(), week.week()) != null) {
          throw new RowProblem("stateCode", week.stateCode() + " has a row already");
        }
      } catch (RowProblem problem) {
        problems.add(problemOf(row, problem));
      }
    }
    return checked(weeks, problems);
  }

  private static List<CsvRows.Row> body(List<CsvRows.Row> rows, List<String> columns, List<FieldProblem> problems) {
    if (rows.isEmpty() || !rows.get(0).cells().equals(columns)) {
      throw new InvalidInputException("line " + (rows.isEmpty() ? 1 : rows.get(0).line()),
          "the header is " + String.join(",", columns));
    }
    List<CsvRows.Row> body = new ArrayList<>();
    for (CsvRows.Row row : rows.subList(1, rows.size())) {
      if (row.cells().size() != columns.size()) {
        problems.add(new FieldProblem("line " + row.line(), "has " + row.cells().size() + " cells, not "
            + columns.size()));
      } else {
        body.add(row);
      }
    }
    return body;
  }

  private static <V> Map<String, V> checked(Map<String, V> result, List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (result.isEmpty()) {
      throw new InvalidInputException("file", "no rows under the header");
    }
    return result;
  }

  private void knownState(String code) {
    if (!WorkingDayCalendar.ANY_STATE.equals(code) && places.state(code).isEmpty()) {
      throw new RowProblem("stateCode", code + " is not a State or Union Territory on record");
    }
  }

  private static FieldProblem problemOf(CsvRows.Row row, RowProblem problem) {
    return new FieldProblem("line " + row.line(), problem.column() + ": " + problem.getMessage());
  }
}
