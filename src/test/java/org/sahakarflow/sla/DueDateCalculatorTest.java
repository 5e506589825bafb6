package org.sahakarflow.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.Period;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.sahakarflow.system.India;

class DueDateCalculatorTest {

  static final LocalTime OFFICE_CLOSE = LocalTime.of(18, 0);
  final DueDateCalculator dates = new DueDateCalculator(WorkingDayCalendarTest.CALENDAR, OFFICE_CLOSE);

  static Instant ist(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(India.ZONE).toInstant();
  }

  @Test
  void dueAtOfficeCloseSevenWorkingDaysLaterSkippingTheSecondSaturdayButNotTheThird() {
    // Fri 9 Jan: off Sat 10 (2nd), Sun 11; works Mon 12 to Sat 17 (3rd Saturday); off Sun 18
    assertThat(dates.dueAt("RJ", ist("2026-01-09T11:00"), 7)).isEqualTo(ist("2026-01-19T18:00"));
  }

  @Test
  void theStateCalendarDecidesTheDueDay() {
    // Andhra Pradesh closes for Bhogi, Makara Sankranti and Kanuma (14 to 16 Jan, as notified)
    assertThat(dates.dueAt("AP", ist("2026-01-09T11:00"), 7)).isEqualTo(ist("2026-01-22T18:00"));
  }

  @Test
  void theIndianDayCountsNotTheServersDay() {
    // 20:00 UTC on Friday 9 Jan is already Saturday 10 Jan (01:30) in India
    assertThat(dates.dueAt("RJ", Instant.parse("2026-01-09T20:00:00Z"), 1))
        .isEqualTo(ist("2026-01-12T18:00"));
  }

  @Test
  void firstReminderIsWorkingDaysBeforeTheDueDay() {
    Instant due = ist("2026-01-19T18:00");
    assertThat(dates.firstReminderAt("RJ", ist("2026-01-09T11:00"), due, 2))
        .isEqualTo(ist("2026-01-16T18:00"));
  }

  @Test
  void aReminderWindowLongerThanTheTimeAllowedStartsAtTheNextOfficeClose() {
    Instant due = dates.dueAt("RJ", ist("2026-01-09T11:00"), 1);
    assertThat(dates.firstReminderAt("RJ", ist("2026-01-09T11:00"), due, 3))
        .isEqualTo(ist("2026-01-09T18:00"));
    Instant lateDue = dates.dueAt("RJ", ist("2026-01-09T19:00"), 1);
    assertThat(dates.firstReminderAt("RJ", ist("2026-01-09T19:00"), lateDue, 3))
        .isEqualTo(ist("2026-01-12T18:00"));
  }

  @Test
  void reminderCycleIsAnUnboundedIsoRepetitionFromTheFirstReminder() {
    assertThat(DueDateCalculator.reminderCycle(ist("2026-01-16T18:00"), 2))
        .isEqualTo("R/2026-01-16T18:00:00+05:30/P2D");
  }

  @Test
  void statutoryLimitEndsWithItsLastCalendarDayCountedFromTheDayAfterSubmission() {
    assertThat(dates.statutoryLimitAt(ist("2026-02-02T15:00"), Period.ofDays(90))).isEqualTo(ist("2026-05-03T23:59:59"));
    // submitted at 01:30 on 2 Feb in India (still 1 Feb in UTC)
    assertThat(dates.statutoryLimitAt(Instant.parse("2026-02-01T20:00:00Z"), Period.ofDays(45)))
        .isEqualTo(ist("2026-03-19T23:59:59"));
  }

  @Test
  void statutoryMonthsEndOnTheSameDayOfTheMonthOrOnTheLastDayOfAShorterMonth() {
    // the Central Registrar's 3 months: not 90 days (15 January + 90 days is 15 April only by chance)
    assertThat(dates.statutoryLimitAt(ist("2026-03-02T11:00"), Period.ofMonths(3))).isEqualTo(ist("2026-06-02T23:59:59"));
    assertThat(dates.statutoryLimitAt(ist("2026-11-30T11:00"), Period.ofMonths(3))).isEqualTo(ist("2027-02-28T23:59:59"));
    assertThat(dates.statutoryLimitAt(ist("2027-11-30T11:00"), Period.ofMonths(3))).isEqualTo(ist("2028-02-29T23:59:59"));
    // submitted at 23:30 on 31 May in India (18:00 UTC): the months run from India's date
    assertThat(dates.statutoryLimitAt(Instant.parse("2026-05-31T18:00:00Z"), Period.ofMonths(3)))
        .isEqualTo(ist("2026-08-31T23:59:59"));
    assertThat(dates.statutoryLimitAt(ist("2026-05-31T11:00"), Period.ofMonths(5))).isEqualTo(ist("2026-10-31T23:59:59"));
  }
}
