package org.sahakarflow.sla;

import java.time.LocalDate;
import java.time.Period;
import org.springframework.stereotype.Component;

/**
 * The last day of a period an Act gives a party (to appeal, to submit): counted from the day after
 * the event (General Clauses Act 1897 s.9), and, when that day falls on a day the office is closed,
 * the next day it is open (s.10) — by the calendar of the State whose office receives the filing.
 */
@Component
public class TimeLimits {

  /** The office calendar of a national body in New Delhi: the central holiday list. */
  public static final String CENTRAL_OFFICE = WorkingDayCalendar.ANY_STATE;

  private final WorkingDayCalendar calendar;
  private final MissingHolidayLists missingLists;

  TimeLimits(WorkingDayCalendar calendar, MissingHolidayLists missingLists) {
    this.calendar = calendar;
    this.missingLists = missingLists;
  }

  public LocalDate lastDay(String stateCode, LocalDate event, Period period) {
    LocalDate day = event.plus(period);
    while (!calendar.isWorkingDay(stateCode, day)) {
      day = day.plusDays(1);
    }
    missingLists.check(stateCode, day, day, "a last day");
    return day;
  }

  public LocalDate lastDay(String stateCode, LocalDate event, int days) {
    return lastDay(stateCode, event, Period.ofDays(days));
  }
}
