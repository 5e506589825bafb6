package org.sahakarflow.sla;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.function.Function;
import org.sahakarflow.identity.Places;
import org.sahakarflow.system.EngineClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Which States' due dates have a holiday list this year and, from {@value WorkingDayCalendar#WARN_DAYS_AHEAD}
 * days before it, next year. A missing list is told where an operator looks, not only in the start-up
 * log: the gauge {@code sahakar_holiday_lists_missing{year="current"|"next"}} (States and UTs without
 * a list, for an alert rule) and the administrator's {@code GET /api/reference/holidays/coverage}.
 */
@Component
class HolidayListWatch {

  static final String MISSING = "sahakar.holiday.lists.missing";
  private static final Logger LOG = LoggerFactory.getLogger(HolidayListWatch.class);

  private final WorkingDayCalendar calendar;
  private final Places places;

  HolidayListWatch(WorkingDayCalendar calendar, Places places, MeterRegistry meters) {
    this.calendar = calendar;
    this.places = places;
    gauge(meters, "current", coverage -> coverage.get(0));
    gauge(meters, "next", coverage -> coverage.size() > 1 ? coverage.get(1) : null);
  }

  /**
   * @param centralList whether the central list for the year is in (it stands for every State
   *     without a list of its own)
   * @param statesWithoutList the States and UTs whose due dates in the year would count their
   *     holidays as working days, and raise the missing-list incident
   */
  record YearCoverage(int year, LocalDate from, boolean centralList, List<String> statesWithOwnList,
      List<String> statesWithoutList) {
  }

  /** This year and, within the warning's reach, the next. */
  List<YearCoverage> coverage(LocalDate today) {
    Year thisYear = Year.from(today);
    Year next = thisYear.plusYears(1);
    boolean nextInReach = !today.plusDays(WorkingDayCalendar.WARN_DAYS_AHEAD).isBefore(next.atDay(1));
    return (nextInReach ? List.of(thisYear, next) : List.of(thisYear)).stream().map(this::coverage).toList();
  }

  private YearCoverage coverage(Year year) {
    int y = year.getValue();
    List<String> codes = places.states().stream().map(Places.State::code).sorted().toList();
    return new YearCoverage(y, year.atDay(1), calendar.hasOwnList(WorkingDayCalendar.ANY_STATE, y),
        codes.stream().filter(code -> calendar.hasOwnList(code, y)).toList(),
        codes.stream().filter(code -> !calendar.hasListFor(code, y)).toList());
  }

  @EventListener(ApplicationReadyEvent.class)
  void warnAtStart() {
    for (YearCoverage year : coverage(EngineClock.today())) {
      if (!year.statesWithoutList().isEmpty()) {
        // due dates still work, but holidays count as working days until the list is uploaded
        LOG.warn("no holiday list for {} in {} of {} States/UTs ({}): upload the central or the State's list"
            + " (POST /api/reference/holidays)", year.year(), year.statesWithoutList().size(),
            places.states().size(), String.join(" ", year.statesWithoutList()));
      }
    }
  }

  private void gauge(MeterRegistry meters, String which, Function<List<YearCoverage>, YearCoverage> pick) {
    Gauge.builder(MISSING, this, watch -> {
      YearCoverage year = pick.apply(watch.coverage(EngineClock.today()));
      return year == null ? 0 : year.statesWithoutList().size();
    }).tag("year", which)
        .description("States and UTs without a holiday list for the year (next: from 60 days before it)")
        .register(meters);
  }
}
