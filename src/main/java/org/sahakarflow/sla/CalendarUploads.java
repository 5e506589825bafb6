package org.sahakarflow.sla;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sahakarflow.identity.Places;
import org.sahakarflow.sla.CalendarFiles.HolidayRow;
import org.sahakarflow.sla.CalendarFiles.RowProblem;
import org.sahakarflow.sla.CalendarFiles.WeekRow;
import org.sahakarflow.sla.WorkingDayCalendar.WorkingWeek;
import org.sahakarflow.system.CsvRows;
import org.sahakarflow.system.CsvUpload;
import org.sahakarflow.system.ReferenceDataset;
import org.sahakarflow.system.ReferenceUploadLog;
import org.springframework.stereotype.Component;

/**
 * Holiday lists and working weeks an administrator uploads without a release. A holiday upload
 * replaces the list of each State and year it names (the central list is {@code *}); a working-week
 * upload replaces the rows of the States it names. Once taken, the incidents of cases whose dates
 * were counted without the list are resolved; due dates already set stay as they are.
 */
@Component
public class CalendarUploads implements ReferenceDataset {

  public static final String HOLIDAYS = "holidays";
  public static final String WORKING_WEEK = "working-week";

  private final WorkingDayCalendar calendar;
  private final Places places;
  private final MissingHolidayLists missingLists;

  CalendarUploads(WorkingDayCalendar calendar, ReferenceUploadLog log, Places places,
      MissingHolidayLists missingLists) {
    this.calendar = calendar;
    this.places = places;
    this.missingLists = missingLists;
    for (String name : names()) {
      log.contents(name).forEach(content -> parse(name, content).take().run());
    }
  }

  @Override
  public List<String> names() {
    return List.of(HOLIDAYS, WORKING_WEEK);
  }

  @Override
  public Checked check(String name, String content) {
    Checked parsed = parse(name, content);
    return new Checked(parsed.rows(), parsed.summary(), () -> {
      parsed.take().run();
      missingLists.resolveListed();
    });
  }

  private Checked parse(String name, String content) {
    if (HOLIDAYS.equals(name)) {
      CsvUpload upload = CsvUpload.of(content, CalendarFiles.HOLIDAY_COLUMNS);
      Map<String, Set<LocalDate>> lists = holidayLists(upload);
      return new Checked(upload.rows().size(), lists.keySet().toString(), () -> takeHolidays(lists));
    }
    CsvUpload upload = CsvUpload.of(content, CalendarFiles.WEEK_COLUMNS);
    Map<String, WorkingWeek> weeks = weekRows(upload);
    return new Checked(upload.rows().size(), weeks.keySet().toString(), () -> takeWeeks(weeks));
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


  /** The lists the rows give, by "STATE/YEAR", or every bad row named. */
  private Map<String, Set<LocalDate>> holidayLists(CsvUpload upload) {
    Map<String, Set<LocalDate>> lists = new TreeMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (CsvRows.Row row : upload.rows()) {
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
        upload.problem(row, problem.column(), problem.getMessage());
      }
    }
    upload.refuseIfBad();
    return lists;
  }

  private Map<String, WorkingWeek> weekRows(CsvUpload upload) {
    Map<String, WorkingWeek> weeks = new TreeMap<>();
    for (CsvRows.Row row : upload.rows()) {
      try {
        WeekRow week = CalendarFiles.weekRow(row);
        knownState(week.stateCode());
        if (weeks.put(week.stateCode(), week.week()) != null) {
          throw new RowProblem("stateCode", week.stateCode() + " has a row already");
        }
      } catch (RowProblem problem) {
        upload.problem(row, problem.column(), problem.getMessage());
      }
    }
    upload.refuseIfBad();
    return weeks;
  }



  private void knownState(String code) {
    if (!WorkingDayCalendar.ANY_STATE.equals(code) && places.state(code).isEmpty()) {
      throw new RowProblem("stateCode", code + " is not a State or Union Territory on record");
    }
  }

}
