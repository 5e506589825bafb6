package org.sahakarflow.security;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One endpoint under fuzz: who posts, where (a task's path changes when the task is renewed),
 * the valid body the mutations start from, and whether its task is still there.
 */
record FuzzTarget(String name, String user, Supplier<String> path, String validBody,
    BooleanSupplier intact, Runnable renew) {

  static FuzzTarget fixed(String name, String user, String path, String validBody) {
    return new FuzzTarget(name, user, () -> path, validBody, () -> true, () -> { });
  }

  boolean isTask() {
    return path.get().contains("/task/");
  }

  /** Rows a request may write: the engine's cases, tasks and variables, and every app table. */
  static final String WRITES = "select "
      + String.join(", ", List.of("ACT_HI_PROCINST", "ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_VARIABLE",
          "ACT_HI_VARINST", "ACT_GE_BYTEARRAY", "ACT_RU_JOB", "ACT_HI_OP_LOG", "application_register",
          "number_sequence", "notice_log", "society", "society_secretary", "bylaw_amendment",
          "insight_step", "insight_case", "national_membership", "credit_linkage", "society_name_reservation").stream()
          .map(table -> "(select count(*) from " + table + ")").toList());

  static List<Long> writes(JdbcTemplate jdbc) {
    return jdbc.query(WRITES, (rs, n) -> {
      Long[] counts = new Long[rs.getMetaData().getColumnCount()];
      for (int i = 0; i < counts.length; i++) {
        counts[i] = rs.getLong(i + 1);
      }
      return List.of(counts);
    }).get(0);
  }
}
