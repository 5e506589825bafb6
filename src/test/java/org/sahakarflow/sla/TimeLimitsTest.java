package org.sahakarflow.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sahakarflow.SahakarTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The last day of a window the Act gives, by the shipped calendars (General Clauses Act s.9, s.10). */
@SahakarTest
class TimeLimitsTest {

  @Autowired
  TimeLimits limits;

  @ParameterizedTest(name = "{0}: {1} + {2} → {3}")
  @CsvSource({
      // day 60 a working Saturday (the first of the month): it stands
      "RJ, 2026-08-04, P60D, 2026-10-03",
      // day 60 Gandhi Jayanti: the next day, a Saturday the Rajasthan office opens
      "RJ, 2026-08-03, P60D, 2026-10-03",
      // Maharashtra closes every Saturday: Gandhi Jayanti, Saturday, Sunday, then Monday
      "MH, 2026-08-03, P60D, 2026-10-05",
      // the central list for a national society's office in New Delhi
      "*, 2026-08-03, P60D, 2026-10-03",
      // a month-long window ending on Republic Day (a Monday) in Uttar Pradesh
      "UP, 2025-12-26, P1M, 2026-01-27",
      // day 90 the second Saturday of Andhra Pradesh's month: off, then Sunday
      "AP, 2026-02-08, P90D, 2026-05-11"})
  void aLastDayOnAClosedDayMovesToTheNextOpenOne(String state, LocalDate event, Period period, LocalDate lastDay) {
    assertThat(limits.lastDay(state, event, period)).isEqualTo(lastDay);
  }
}
