package org.sahakarflow.sla;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import org.sahakarflow.system.India;

/**
 * Date arithmetic of the SLAs, in India time: working-day due dates at the close of the office
 * day, the reminder schedule before them, and calendar-day statutory limits.
 */
final class DueDateCalculator {


  /** A statutory limit runs to the end of its last day. */
  static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

  private final WorkingDayCalendar calendar;
  private final LocalTime officeClose;

  DueDateCalculator(WorkingDayCalendar calendar, LocalTime officeClose) {
    this.calendar = calendar;
    this.officeClose = officeClose;
  }

  /** Close of office on the day {@code workingDays} working days after today (today not counted). */
  Instant dueAt(String stateCode, Instant now, int workingDays) {
    return closeOf(calendar.addWorkingDays(stateCode, today(now), workingDays));
  }

  /**
   * Close of office {@code reminderBeforeDays} working days before the due day, but never earlier
   * than the next office close from now: a reminder window longer than the time allowed would
   * otherwise remind the moment the task appears.
   */
  Instant firstReminderAt(String stateCode, Instant now, Instant due, int reminderBeforeDays) {
    LocalDate dueDay = due.atZone(India.ZONE).toLocalDate();
    Instant reminder = closeOf(calendar.addWorkingDays(stateCode, dueDay, -reminderBeforeDays));
    Instant earliest = nextOfficeClose(stateCode, now);
    return reminder.isBefore(earliest) ? earliest : reminder;
  }

  /** An ISO 8601 repeating interval the engine's timeCycle understands, unbounded. */
  static String reminderCycle(Instant firstReminder, int cycleDays) {
    return "R/" + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(firstReminder.atZone(India.ZONE))
        + "/P" + cycleDays + "D";
  }

  /**
   * End of the day a period after the day of submission: the day of submission is excluded, as
   * the General Clauses Act (s.9) counts periods "from" a date. Months end on the same day of the
   * month (31 January + 1 month: 28 or 29 February, the month having no 31st).
   */
  Instant statutoryLimitAt(Instant submittedAt, Period limit) {
    return statutoryLastDay(submittedAt, limit).atTime(END_OF_DAY).atZone(India.ZONE).toInstant();
  }

  static LocalDate statutoryLastDay(Instant submittedAt, Period limit) {
    return today(submittedAt).plus(limit);
  }

  private Instant nextOfficeClose(String stateCode, Instant now) {
    LocalDate today = today(now);
    if (calendar.isWorkingDay(stateCode, today) && closeOf(today).isAfter(now)) {
      return closeOf(today);
    }
    return closeOf(calendar.addWorkingDays(stateCode, today, 1));
  }

  private Instant closeOf(LocalDate day) {
    return day.atTime(officeClose).atZone(India.ZONE).toInstant();
  }

  private static LocalDate today(Instant now) {
    return now.atZone(India.ZONE).toLocalDate();
  }
}
