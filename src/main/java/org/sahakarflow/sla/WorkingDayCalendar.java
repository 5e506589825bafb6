package org.sahakarflow.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The days a State's registrar offices are open: not a weekly off of the State's working week
 * and not a gazetted holiday. A State with its own holiday list for a year keeps exactly that
 * list, which names the national days itself; a State without one keeps the central list. The
 * national days fixed by law are holidays every year, before any year's list is in. Built from the
 * reference files by {@link CalendarFiles}.
 */
final class WorkingDayCalendar {

  /** The row that applies to every State without its own (working week, or holiday list for a year). */
  static final String ANY_STATE = "*";

  /** Swapped whole when an administrator uploads a list, so a due date reads one version. */
  private volatile Lists lists;
  private final Set<MonthDay> everyYear;

  WorkingDayCalendar(Map<String, WorkingWeek> weeks, Map<String, Set<LocalDate>> holidays) {
    this(weeks, holidays, Set.of());
  }

  /** @param everyYear the days closed in every State every year (Republic Day) */
  WorkingDayCalendar(Map<String, WorkingWeek> weeks, Map<String, Set<LocalDate>> holidays, Set<MonthDay> everyYear) {
    this.lists = new Lists(weeks, holidays);
    this.everyYear = Set.copyOf(everyYear);
  }

  Set<MonthDay> everyYear() {
    return everyYear;
  }

  /** The calendar's lists as they are now, for an upload to change. */
  Map<String, WorkingWeek> weeks() {
    return lists.weeks();
  }

  Map<String, Set<LocalDate>> holidays() {
    return lists.holidays();
  }

  /** Takes new lists in one step: every due date after this reads them. */
  void replace(Map<String, WorkingWeek> weeks, Map<String, Set<LocalDate>> holidays) {
    lists = new Lists(weeks, holidays);
  }

  /** @param ownLists "RJ/2026" for each State and year with a list of its own */
  private record Lists(Map<String, WorkingWeek> weeks, Map<String, Set<LocalDate>> holidays, Set<String> ownLists) {

    Lists(Map<String, WorkingWeek> weeks, Map<String, Set<LocalDate>> holidays) {
      this(Map.copyOf(weeks), holidays.entrySet().stream().collect(Collectors.toUnmodifiableMap(
          Map.Entry::getKey, state -> Set.copyOf(state.getValue()))), holidays.entrySet().stream()
          .flatMap(state -> state.getValue().stream().map(day -> state.getKey() + '/' + day.getYear()))
          .collect(Collectors.toUnmodifiableSet()));
      if (!weeks.containsKey(ANY_STATE)) {
        throw new IllegalArgumentException("the working week needs a '" + ANY_STATE + "' row");
      }
    }
  }

  boolean isWorkingDay(String stateCode, LocalDate date) {
    return !weekOf(stateCode).isOff(date) && !isHoliday(stateCode, date);
  }

  /**
   * The date {@code days} working days after {@code from} (before it when negative); {@code from}
   * itself is not counted, so 0 days gives {@code from} back even when it is a holiday.
   */
  LocalDate addWorkingDays(String stateCode, LocalDate from, int days) {
    int direction = days < 0 ? -1 : 1;
    LocalDate date = from;
    for (int left = Math.abs(days); left > 0; ) {
      date = date.plusDays(direction);
      if (isWorkingDay(stateCode, date)) {
        left--;
      }
    }
    return date;
  }

  /** How long before a year its holiday lists must be in, so that the administrator is warned. */
  static final int WARN_DAYS_AHEAD = 60;

  /** Whether a due date in the year can count the State's holidays: its own list, or the central one. */
  boolean hasListFor(String stateCode, int year) {
    Lists now = lists;
    return now.ownLists().contains(stateCode + '/' + year) || now.ownLists().contains(ANY_STATE + '/' + year);
  }

  /** Whether the State ({@code *} the centre) has a list of its own for the year. */
  boolean hasOwnList(String stateCode, int year) {
    return lists.ownLists().contains(stateCode + '/' + year);
  }

  /** Whether the data lists any holiday in the year; a year without any is a data gap. */
  boolean hasHolidaysIn(Year year) {
    return lists.holidays().values().stream().flatMap(Set::stream).anyMatch(d -> d.getYear() == year.getValue());
  }

  private boolean isHoliday(String stateCode, LocalDate date) {
    // a festival the State keeps on another day than the centre (Holi: 3 March in Maharashtra,
    // 4 March centrally) is one day off, the State's, not two
    if (everyYear.contains(MonthDay.from(date))) {
      return true;
    }
    Lists now = lists;
    String list = now.ownLists().contains(stateCode + '/' + date.getYear()) ? stateCode : ANY_STATE;
    return now.holidays().getOrDefault(list, Set.of()).contains(date);
  }

  private WorkingWeek weekOf(String stateCode) {
    Map<String, WorkingWeek> now = lists.weeks();
    return now.getOrDefault(stateCode, now.get(ANY_STATE));
  }

  /**
   * Weekly offs; Saturdays are numbered within their month (the 2nd Saturday is day 8 to 14).
   *
   * @param saturdaysOff the Saturdays of the month that are off, e.g. 2 and 4, or 1 to 5
   */
  record WorkingWeek(boolean sundayOff, Set<Integer> saturdaysOff) {

    boolean isOff(LocalDate date) {
      if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
        return sundayOff;
      }
      if (date.getDayOfWeek() != DayOfWeek.SATURDAY) {
        return false;
      }
      return saturdaysOff.contains((date.getDayOfMonth() - 1) / 7 + 1);
    }
  }
}
