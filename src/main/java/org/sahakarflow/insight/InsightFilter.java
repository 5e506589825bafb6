package org.sahakarflow.insight;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

/**
 * The dashboard's filters, as query parameters: State, district, society type and the period
 * (days back from now) over which finished steps are measured, and optionally one process (the
 * diagram overlay's). Open and overdue work is counted
 * as it stands now, whatever the period.
 */
record InsightFilter(
    @Pattern(regexp = "[A-Z]{2}") String state,
    @Pattern(regexp = "[A-Z]{2}-[A-Z0-9]{2,12}") String district,
    @Pattern(regexp = "[A-Z_]{2,16}") String societyType,
    @Min(1) @Max(366) Integer periodDays,
    @Pattern(regexp = "[A-Za-z0-9_.-]{1,64}") String process) {

  static final int DEFAULT_PERIOD_DAYS = 30;

  int period() {
    return periodDays == null ? DEFAULT_PERIOD_DAYS : periodDays;
  }
}
