package org.sahakarflow.insight;

import static java.time.Duration.ofDays;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Open and overdue tasks per process, step and State reach Prometheus. */
@SahakarTest
class InsightMetricsTest {

  @Autowired
  InsightMetrics metrics;
  @Autowired
  Http http;
  @Autowired
  JdbcTemplate jdbc;
  StepRows rows;

  @AfterEach
  void cleanUp() {
    rows.clear();
    ClockUtil.reset();
  }

  @Test
  void openAndOverdueGauges() {
    Instant now = Instant.now();
    ClockUtil.setCurrentTime(Date.from(now));
    rows = new StepRows(jdbc, now);
    rows.open("Task_A", "RJ", "RJ-UDR", ofDays(-1));
    rows.open("Task_A", "RJ", "RJ-UDR", ofDays(1));
    metrics.refresh();

    String scrape = http.as("ministry").getForEntity("/actuator/prometheus", String.class).getBody();
    String tags = "process=\"" + rows.processKey + "\",state=\"RJ\",step=\"Task_A\"";
    assertThat(scrape).contains("sahakar_insight_open_tasks{" + tags + "} 2.0")
        .contains("sahakar_insight_overdue_tasks{" + tags + "} 1.0");
  }
}
