package org.sahakarflow.insight;

import static java.time.Duration.ofDays;
import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahakarflow.SahakarTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each dashboard figure against a small data set worked out by hand. Percentiles are
 * {@code percentile_cont}: the value at rank p·(n−1) of the sorted durations, interpolated.
 */
@SahakarTest
class InsightFiguresTest {

  static final Instant NOW = Instant.parse("2026-06-30T06:30:00Z");
  static final InsightScope EVERYWHERE = new InsightScope(true, Set.of());
  static final String STEP = "Task_A";
  /** PostgreSQL interpolates in floating point: 46 h comes back as 165600.00000000012 s. */
  static final org.assertj.core.data.Offset<Double> SECOND_FRACTION = within(0.001);

  @Autowired
  InsightQueries queries;
  @Autowired
  JdbcTemplate jdbc;
  StepRows rows;

  @BeforeEach
  void handMadeSteps() {
    ClockUtil.setCurrentTime(Date.from(NOW));
    rows = new StepRows(jdbc, NOW);
    // took 1, 2, 3, 4, 10 hours with 3 allowed: 4 and 10 are late, 3 ends exactly at its due time (not late)
    for (int hours : new int[] {10, 1, 4, 3, 2}) {
      rows.completed(STEP, "ZZ", "ZZ-AAA", ofDays(1), ofHours(hours), ofHours(3));
    }
    // ended exactly 30 days ago: still in the 30-day period
    rows.completed(STEP, "ZZ", "ZZ-BBB", ofDays(30), ofHours(2), ofHours(3));
    // ended 40 days ago, 100 hours, late: only in the 90-day period
    rows.completed(STEP, "ZZ", "ZZ-AAA", ofDays(40), ofHours(100), ofHours(3));
    // ended without completion: neither a duration nor a breach
    rows.deleted(STEP, "ZZ", "ZZ-AAA", ofHours(500));
    // open: due tomorrow, due exactly now (not yet overdue), a minute overdue, two days overdue elsewhere
    rows.open(STEP, "ZZ", "ZZ-AAA", ofDays(1));
    rows.open(STEP, "ZZ", "ZZ-AAA", Duration.ZERO);
    rows.open(STEP, "ZZ", "ZZ-AAA", ofMinutes(-1));
    rows.open(STEP, "YY", "YY-CCC", ofDays(-2));
    rows.open("Task_B", "ZZ", "ZZ-BBB", ofHours(-5));
  }

  @AfterEach
  void cleanUp() {
    rows.clear();
    ClockUtil.reset();
  }

  @Test
  void stepFiguresOverThirtyDays() {
    InsightQueries.StepFigures a = step(new InsightFilter("ZZ", null, null, 30, null), STEP);
    assertThat(a.open()).isEqualTo(3);
    assertThat(a.overdue()).isEqualTo(1);
    // 1, 2, 2, 3, 4, 10 hours: median (2+3)/2 = 2.5 h; p90 at rank 4.5: 4 + 0.5·6 = 7 h
    assertThat(a.completed()).isEqualTo(6);
    assertThat(a.medianSeconds()).isCloseTo(2.5 * 3600, SECOND_FRACTION);
    assertThat(a.p90Seconds()).isCloseTo(7.0 * 3600, SECOND_FRACTION);
    assertThat(a.breached()).isEqualTo(2);
    assertThat(a.breachRate()).isEqualTo(2.0 / 6);
  }

  @Test
  void stepFiguresOverNinetyDays() {
    InsightQueries.StepFigures a = step(new InsightFilter("ZZ", null, null, 90, null), STEP);
    // 1, 2, 2, 3, 4, 10, 100 hours: median 3 h; p90 at rank 5.4: 10 + 0.4·90 = 46 h
    assertThat(a.completed()).isEqualTo(7);
    assertThat(a.medianSeconds()).isCloseTo(3.0 * 3600, SECOND_FRACTION);
    assertThat(a.p90Seconds()).isCloseTo(46.0 * 3600, SECOND_FRACTION);
    assertThat(a.breachRate()).isEqualTo(3.0 / 7);
  }

  @Test
  void districtFilterNarrowsEveryFigure() {
    InsightQueries.StepFigures a = step(new InsightFilter(null, "ZZ-BBB", null, 30, null), STEP);
    assertThat(a.completed()).isEqualTo(1);
    assertThat(a.medianSeconds()).isCloseTo(2.0 * 3600, SECOND_FRACTION);
    assertThat(a.p90Seconds()).isCloseTo(2.0 * 3600, SECOND_FRACTION);
    assertThat(a.breachRate()).isZero();
    assertThat(a.open()).isZero();
    assertThat(step(new InsightFilter(null, "ZZ-BBB", null, 30, null), "Task_B").overdue()).isEqualTo(1);
  }

  @Test
  void heatCountsOverdueByStateAndStep() {
    List<InsightQueries.HeatCell> heat = queries.heat(new InsightFilter(null, null, null, null, null), EVERYWHERE).stream()
        .filter(c -> c.processKey().equals(rows.processKey)).toList();
    assertThat(heat).containsExactly(
        new InsightQueries.HeatCell("YY", rows.processKey, STEP, 1),
        new InsightQueries.HeatCell("ZZ", rows.processKey, STEP, 1),
        new InsightQueries.HeatCell("ZZ", rows.processKey, "Task_B", 1));
  }

  @Test
  void oldestOverdueComeFirstWithHowLate() {
    List<InsightQueries.OverdueStep> overdue = queries.oldestOverdue(new InsightFilter("ZZ", null, null, null, null), EVERYWHERE)
        .stream().filter(o -> o.processKey().equals(rows.processKey)).toList();
    assertThat(overdue).extracting(InsightQueries.OverdueStep::step).containsExactly("Task_B", STEP);
    assertThat(overdue).extracting(InsightQueries.OverdueStep::overdueMinutes).containsExactly(300L, 1L);
  }

  @Test
  void csvHasAHeaderAndOneLinePerRow() {
    List<InsightQueries.HeatCell> cells = List.of(new InsightQueries.HeatCell("ZZ", "p,q", "=cmd", 2));
    assertThat(Csv.of(InsightQueries.HeatCell.class, cells))
        .isEqualTo("state,processKey,step,overdue\r\nZZ,\"p,q\",'=cmd,2\r\n");
  }

  private InsightQueries.StepFigures step(InsightFilter filter, String step) {
    return queries.steps(filter, EVERYWHERE).stream()
        .filter(s -> s.processKey().equals(rows.processKey) && s.step().equals(step)).findFirst().orElseThrow();
  }
}
