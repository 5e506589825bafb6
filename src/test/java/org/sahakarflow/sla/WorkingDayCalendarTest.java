package org.sahakarflow.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

/** The shipped calendar files, January 2026: 1 Jan is a Thursday, Saturdays fall on 3, 10, 17, 24, 31. */
class WorkingDayCalendarTest {

  static final WorkingDayCalendar CALENDAR = CalendarFiles.load(
      new ClassPathResource("reference/holidays.csv"), new ClassPathResource("reference/working-week.csv"));

  static final LocalDate FRIDAY_BEFORE_SECOND_SATURDAY = LocalDate.of(2026, 1, 9);

  @Test
  void fridayPlusOneWorkingDayIsTheMondayAfterASecondSaturdayWeekend() {
    assertThat(CALENDAR.addWorkingDays("RJ", FRIDAY_BEFORE_SECOND_SATURDAY, 1)).isEqualTo("2026-01-12");
  }

  @Test
  void secondAndFourthSaturdaysAreOffWhileTheFirstThirdAndFifthAreWorked() {
    assertThat(CALENDAR.isWorkingDay("RJ", LocalDate.of(2026, 1, 3))).isTrue();
    assertThat(CALENDAR.isWorkingDay("RJ", LocalDate.of(2026, 1, 10))).isFalse();
    assertThat(CALENDAR.isWorkingDay("RJ", LocalDate.of(2026, 1, 17))).isTrue();
    assertThat(CALENDAR.isWorkingDay("RJ", LocalDate.of(2026, 1, 24))).isFalse();
    assertThat(CALENDAR.isWorkingDay("RJ", LocalDate.of(2026, 1, 31))).isTrue();
    assertThat(CALENDAR.addWorkingDays("RJ", LocalDate.of(2026, 1, 2), 1)).isEqualTo("2026-01-03");
  }

  @Test
  void aNationalHolidayIsOffInEveryState() {
    LocalDate republicDay = LocalDate.of(2026, 1, 26);
    assertThat(CALENDAR.isWorkingDay("RJ", republicDay)).isFalse();
    assertThat(CALENDAR.isWorkingDay("OD", republicDay)).isFalse();
    assertThat(CALENDAR.isWorkingDay("KA", republicDay)).isFalse();
    // Friday 23rd, then the 4th Saturday, Sunday and Republic Day
    assertThat(CALENDAR.addWorkingDays("RJ", LocalDate.of(2026, 1, 23), 1)).isEqualTo("2026-01-27");
  }

  @Test
  void aStateHolidayIsOffInThatStateOnly() {
    LocalDate utkalDivas = LocalDate.of(2026, 4, 1);
    assertThat(CALENDAR.isWorkingDay("OD", utkalDivas)).isFalse();
    assertThat(CALENDAR.isWorkingDay("RJ", utkalDivas)).isTrue();
    assertThat(CALENDAR.addWorkingDays("OD", LocalDate.of(2026, 3, 31), 1)).isEqualTo("2026-04-02");
    assertThat(CALENDAR.addWorkingDays("RJ", LocalDate.of(2026, 3, 31), 1)).isEqualTo("2026-04-01");
  }

  @Test
  void zeroDaysIsTheStartDayEvenWhenItIsOff() {
    assertThat(CALENDAR.addWorkingDays("RJ", LocalDate.of(2026, 1, 10), 0)).isEqualTo("2026-01-10");
    assertThat(CALENDAR.addWorkingDays("RJ", FRIDAY_BEFORE_SECOND_SATURDAY, 0))
        .isEqualTo(FRIDAY_BEFORE_SECOND_SATURDAY);
  }

  @Test
  void negativeDaysCountBackOverOffDays() {
    assertThat(CALENDAR.addWorkingDays("RJ", LocalDate.of(2026, 1, 12), -1))
        .isEqualTo(FRIDAY_BEFORE_SECOND_SATURDAY);
    assertThat(CALENDAR.addWorkingDays("RJ", LocalDate.of(2026, 1, 27), -1)).isEqualTo("2026-01-23");
  }

  @Test
  void aStateOnAFiveDayWeekHasEverySaturdayOff() {
    LocalDate firstSaturday = LocalDate.of(2026, 1, 3);
    assertThat(CALENDAR.isWorkingDay("MH", firstSaturday)).isFalse();
    assertThat(CALENDAR.addWorkingDays("MH", LocalDate.of(2026, 1, 2), 1)).isEqualTo("2026-01-05");
  }

  @Test
  void theShippedDataCoversTheYear2026() {
    assertThat(CALENDAR.hasHolidaysIn(Year.of(2026))).isTrue();
    assertThat(CALENDAR.hasHolidaysIn(Year.of(2019))).isFalse();
  }

  @Test
  void malformedRowsAreRefusedWithTheirLine() {
    var week = csv("stateCode,sundayOff,saturdaysOff\n*,yes,2 4\n");
    assertThatThrownBy(() -> CalendarFiles.load(
        csv("stateCode,date,name\n# comment\nRJ,26-01-2026,Republic Day\n"), week))
        .hasMessageContaining("line 3").hasMessageContaining("date like 2026-01-26");
    assertThatThrownBy(() -> CalendarFiles.load(csv("stateCode,date,name\n"),
        csv("stateCode,sundayOff,saturdaysOff\n*,maybe,2 4\n")))
        .hasMessageContaining("line 2").hasMessageContaining("'yes' or 'no'");
    assertThatThrownBy(() -> CalendarFiles.load(csv("stateCode,date,name\n"),
        csv("stateCode,sundayOff,saturdaysOff\n*,yes,2 6\n")))
        .hasMessageContaining("line 2").hasMessageContaining("like '2 4'");
    assertThatThrownBy(() -> CalendarFiles.load(csv("stateCode,date,name\nRajasthan,2026-01-26,x\n"), week))
        .hasMessageContaining("State code");
    assertThatThrownBy(() -> CalendarFiles.load(csv("stateCode,date,name\n"),
        csv("stateCode,sundayOff,saturdaysOff\nRJ,yes,2 4\n")))
        .hasMessageContaining("'*' row");
  }

  @Test
  void andhraTelanganaAndKeralaCloseOnTheSecondSaturdayOnly() {
    LocalDate secondSaturday = LocalDate.of(2026, 2, 14);
    LocalDate fourthSaturday = LocalDate.of(2026, 2, 28);
    for (String state : new String[] {"AP", "TS", "KL"}) {
      assertThat(CALENDAR.isWorkingDay(state, secondSaturday)).as(state).isFalse();
      assertThat(CALENDAR.isWorkingDay(state, fourthSaturday)).as(state).isTrue();
    }
    assertThat(CALENDAR.isWorkingDay("RJ", fourthSaturday)).isFalse();
  }

  @Test
  void theNationalDaysAreOffInAYearWhoseListsAreNotInYet() {
    // Tuesday 26 January 2027, Monday 2 October 2028: no list for either year, every State closed
    for (String state : new String[] {"KL", "RJ", "MS", "LD"}) {
      assertThat(CALENDAR.isWorkingDay(state, LocalDate.of(2027, 1, 26))).as(state).isFalse();
      assertThat(CALENDAR.isWorkingDay(state, LocalDate.of(2028, 10, 2))).as(state).isFalse();
      assertThat(CALENDAR.isWorkingDay(state, LocalDate.of(2027, 1, 27))).as(state).isTrue();
    }
    assertThat(CALENDAR.hasListFor("KL", 2027)).as("the national days are not the year's list").isFalse();
    assertThat(CALENDAR.hasHolidaysIn(Year.of(2027))).as("the national days are no list either").isFalse();
    assertThatThrownBy(() -> CalendarFiles.load(csv("stateCode,date,name\nKL,--11-01,Kerala Piravi\n"),
        csv("stateCode,sundayOff,saturdaysOff\n*,yes,2 4\n"))).hasMessageContaining("line 2")
        .hasMessageContaining("for every State: '*'");
  }

  private static ByteArrayResource csv(String text) {
    return new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aStatesOwnListForTheYearReplacesTheCentralOne() {
    // Holi: 3 March in Maharashtra's notification, 4 March in the Government of India's
    assertThat(CALENDAR.isWorkingDay("MH", LocalDate.of(2026, 3, 3))).isFalse();
    assertThat(CALENDAR.isWorkingDay("MH", LocalDate.of(2026, 3, 4))).isTrue();
    assertThat(CALENDAR.isWorkingDay("GJ", LocalDate.of(2026, 3, 4))).as("a State without its own list").isFalse();
    // Andhra Pradesh's Bhogi, Sankranti and Kanuma, then the third Saturday, a working day
    assertThat(CALENDAR.addWorkingDays("AP", LocalDate.of(2026, 1, 13), 1)).isEqualTo("2026-01-17");
  }

  @Test
  void madhyaPradeshAndTamilNaduWorkFiveDaysAWeek() {
    LocalDate firstSaturday = LocalDate.of(2026, 1, 3);
    assertThat(CALENDAR.isWorkingDay("MP", firstSaturday)).isFalse();
    assertThat(CALENDAR.isWorkingDay("TN", firstSaturday)).isFalse();
    assertThat(CALENDAR.isWorkingDay("RJ", firstSaturday)).isTrue();
  }
}
