package org.sahakarflow.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahakarflow.SahakarTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@SahakarTest
class InsightRetentionTest {

  @Autowired
  InsightRetention retention;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void theReadModelOfACaseGoesTwoYearsAfterItEndedAndNotBefore() {
    Instant now = Instant.now();
    // more than one batch of 500, so the purge must go round again
    List<String> old = cases("ret-old-", 1_100, now.minus(Duration.ofDays(731)));
    List<String> recent = cases("ret-recent-", 3, now.minus(Duration.ofDays(729)));
    List<String> open = cases("ret-open-", 3, null);

    int removed = retention.purge(now);

    assertThat(removed).isGreaterThanOrEqualTo(old.size());
    assertThat(count("insight_case", old)).isZero();
    assertThat(count("insight_step", old)).isZero();
    assertThat(count("insight_case", recent)).isEqualTo(3);
    assertThat(count("insight_step", recent)).isEqualTo(6);
    assertThat(count("insight_case", open)).isEqualTo(3);
    assertThat(count("insight_step", open)).isEqualTo(6);
    assertThat(retention.purge(now)).as("nothing left to remove").isZero();
  }

  @Test
  void itWorksOnlyInTheEnginesHistoryCleanupWindow() {
    // application.yaml: 01:00 to 05:00
    assertThat(retention.inWindow(LocalTime.of(0, 59))).isFalse();
    assertThat(retention.inWindow(LocalTime.of(1, 0))).isTrue();
    assertThat(retention.inWindow(LocalTime.of(4, 59))).isTrue();
    assertThat(retention.inWindow(LocalTime.of(5, 0))).isFalse();
    assertThat(retention.inWindow(LocalTime.of(13, 0))).isFalse();
  }

  /** Cases of two steps each, ended at the time given (open where null). */
  private List<String> cases(String prefix, int count, Instant endedAt) {
    Timestamp ended = endedAt == null ? null : Timestamp.from(endedAt);
    Timestamp started = Timestamp.from((endedAt == null ? Instant.now() : endedAt).minus(Duration.ofDays(40)));
    String unique = prefix + System.nanoTime() + "-";
    List<String> ids = new ArrayList<>();
    List<Object[]> caseRows = new ArrayList<>();
    List<Object[]> stepRows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String id = unique + i;
      ids.add(id);
      caseRows.add(new Object[] {id, "mpacs-registration", "RJ", started, ended});
      for (String step : List.of("Task_UploadDocuments", "Task_ScrutiniseApplication")) {
        stepRows.add(new Object[] {id + "-" + step, id, id, "mpacs-registration", step, started, ended});
      }
    }
    jdbc.batchUpdate("insert into insight_case (case_id, process_key, state_code, started_at, ended_at)"
        + " values (?, ?, ?, ?, ?)", caseRows);
    jdbc.batchUpdate("insert into insight_step (task_id, case_id, process_instance_id, process_key, step, created_at,"
        + " ended_at, breached) values (?, ?, ?, ?, ?, ?, ?, false)", stepRows);
    return ids;
  }

  private int count(String table, List<String> caseIds) {
    return jdbc.queryForObject("select count(*) from " + table + " where case_id like ?", Integer.class,
        caseIds.get(0).substring(0, caseIds.get(0).lastIndexOf('-') + 1) + "%");
  }
}
