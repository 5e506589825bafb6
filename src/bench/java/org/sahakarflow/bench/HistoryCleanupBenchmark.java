package org.sahakarflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.insight.ReadModelPurge;
import org.sahakarflow.registration.RegistrationSubmissions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Whether the nightly purge keeps up with a national day's work: walks {@code cleanup.cases}
 * complete M-PACS registrations with the app's own commands, moves the engine's clock past their
 * history's time to live, and runs the engine's history cleanup job as the job executor would in
 * its window, with the shipped settings (removal-time strategy, batch size, degree of
 * parallelism), until nothing it may remove is left; then the read model's own retention over the
 * same cases. Prints rows and cases removed per second against what 100,000 finished cases a day
 * need in the configured window. Not part of {@code ./mvnw verify}; see docs/benchmarks.md. It
 * asserts only that everything due was removed, never a timing.
 */
@SahakarTest
@TestPropertySource(properties = {
    "logging.level.org.sahakarflow.notification.NoticeMailer=WARN",
    "logging.level.org.sahakarflow.notification.NoticeSms=WARN"})
class HistoryCleanupBenchmark {

  static final int CASES = Integer.getInteger("cleanup.cases", 1000);
  static final int CASES_A_DAY = 100_000;
  /** Every fifth case goes round the query loop, as in the registration benchmark. */
  static final double QUERY_SHARE = 0.2;

  @Autowired
  ProcessEngine engine;
  @Autowired
  ProcessEngineConfigurationImpl configuration;
  @Autowired
  ApplicationContext context;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  ObjectMapper json;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    BenchDatabase.register(registry);
  }

  @Test
  void removesADaysFinishedCasesInsideTheWindow() throws Exception {
    String database = BenchDatabase.describe(jdbc);
    Housekeeping housekeeping = Housekeeping.of(jdbc, database);
    List<String> tables = historyTables();
    Instant now = Instant.now();
    // anything left by an earlier run that is due by now is the cleanup's to remove as well
    Instant pastTimeToLive = now.plus(ttl()).plus(Duration.ofDays(1));
    long rowsBefore = removable(tables, pastTimeToLive).values().stream().mapToLong(Long::longValue).sum();

    CaseWalker walker = new CaseWalker(engine, new Actors(engine.getIdentityService()));
    Applications applications = new Applications(json);
    RegistrationSubmissions submissions = new RegistrationSubmissions(context);
    Side app = new Side("app");
    long walkStarted = System.nanoTime();
    for (int i = 0; i < CASES; i++) {
      walker.walk(app, () -> submissions.submit(applications.next()), RegistrationBenchmark.queryLoop(i));
      if ((i + 1) % 500 == 0) {
        housekeeping.vacuum();
        System.out.printf("  %,d cases walked%n", i + 1);
      }
    }
    double walkSeconds = (System.nanoTime() - walkStarted) / 1e9;
    housekeeping.vacuum();

    long finished = endedSince(now);
    Map<String, Long> due = removable(tables, pastTimeToLive);
    long rows = due.values().stream().mapToLong(Long::longValue).sum();
    long insightCases = jdbc.queryForObject("select count(*) from insight_case where ended_at is not null", Long.class);

    ClockUtil.setCurrentTime(Date.from(pastTimeToLive));
    try {
      engine.getHistoryService().cleanUpHistoryAsync(true);
      long started = System.nanoTime();
      int executions = 0;
      for (List<Job> ready = dueCleanupJobs(); !ready.isEmpty(); ready = dueCleanupJobs()) {
        for (Job job : ready) {
          engine.getManagementService().executeJob(job.getId());
          executions++;
        }
      }
      double cleanupSeconds = (System.nanoTime() - started) / 1e9;
      Map<String, Long> left = removable(tables, pastTimeToLive);
      assertThat(left.values().stream().mapToLong(Long::longValue).sum()).as("history rows past their time to live left: " + left)
          .isZero();

      long purgeStarted = System.nanoTime();
      int purged = ReadModelPurge.purge(context, pastTimeToLive);
      double purgeSeconds = (System.nanoTime() - purgeStarted) / 1e9;
      assertThat(jdbc.queryForObject("select count(*) from insight_case where ended_at < ?", Long.class,
          Timestamp.from(pastTimeToLive.minus(retention())))).as("read-model cases past retention left").isZero();

      report(database, housekeeping, walkSeconds, finished, due, rows, rowsBefore, executions, cleanupSeconds,
          insightCases, purged, purgeSeconds);
    } finally {
      ClockUtil.reset();
    }
  }

  private Duration ttl() {
    return Duration.parse(configuration.getHistoryTimeToLive());
  }

  private Duration retention() {
    return context.getEnvironment().getProperty("sahakar.insight.retention", Duration.class, Duration.ofDays(730));
  }

  /** The engine's tables that carry a removal time: its history and the byte arrays history refers to. */
  private List<String> historyTables() {
    return jdbc.queryForList("select table_name from information_schema.columns where lower(column_name) = 'removal_time_'"
        + " and lower(table_name) like 'act_%' and lower(table_schema) = lower(current_schema) order by 1", String.class);
  }

  private Map<String, Long> removable(List<String> tables, Instant by) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : tables) {
      counts.put(table.toUpperCase(Locale.ROOT), jdbc.queryForObject(
          "select count(*) from " + table + " where removal_time_ <= ?", Long.class, Timestamp.from(by)));
    }
    return counts;
  }

  private long endedSince(Instant since) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().finished()
        .startedAfter(Date.from(since.minusSeconds(1))).count();
  }

  /** The cleanup jobs the job executor would take now: it reschedules itself at once while it removes full batches. */
  private List<Job> dueCleanupJobs() {
    Date clock = ClockUtil.getCurrentTime();
    return engine.getHistoryService().findHistoryCleanupJobs().stream()
        .filter(job -> job.getDuedate() == null || !job.getDuedate().after(clock)).toList();
  }

  private void report(String database, Housekeeping housekeeping, double walkSeconds, long finished,
      Map<String, Long> due, long rows, long rowsBefore, int executions, double cleanupSeconds, long insightCases,
      int purged, double purgeSeconds) throws Exception {
    StringBuilder out = new StringBuilder();
    Duration window = Duration.between(
        java.time.LocalTime.parse(configuration.getHistoryCleanupBatchWindowStartTime()),
        java.time.LocalTime.parse(configuration.getHistoryCleanupBatchWindowEndTime()));
    if (window.isNegative()) {
      window = window.plusDays(1);
    }
    double casesPerSecond = CASES / cleanupSeconds;
    double needed = CASES_A_DAY / (double) window.toSeconds();
    out.append(String.format(Locale.ROOT, "History cleanup benchmark: %s, %d cores; %s%n", database,
        Runtime.getRuntime().availableProcessors(), housekeeping.describe(500)));
    out.append(String.format(Locale.ROOT, "engine: strategy %s, batch size %d, degree of parallelism %d, window %s-%s,"
            + " history time to live %s%n", configuration.getHistoryCleanupStrategy(),
        configuration.getHistoryCleanupBatchSize(), configuration.getHistoryCleanupDegreeOfParallelism(),
        configuration.getHistoryCleanupBatchWindowStartTime(), configuration.getHistoryCleanupBatchWindowEndTime(),
        configuration.getHistoryTimeToLive()));
    out.append(String.format(Locale.ROOT, "walked %,d registrations to REGISTER in %.0f s (%,d process instances ended,"
        + " %,d history rows past their time to live, %,d of them from earlier runs)%n", CASES, walkSeconds, finished,
        rows, rowsBefore));
    due.forEach((table, count) -> {
      if (count > 0) {
        out.append(String.format(Locale.ROOT, "  %-28s %,10d rows (%.1f a case)%n", table, count, count / (double) CASES));
      }
    });
    out.append(String.format(Locale.ROOT, "history cleanup: %,d rows in %.1f s, %d job runs: %,.0f rows/s, %.1f cases/s%n",
        rows, cleanupSeconds, executions, rows / cleanupSeconds, casesPerSecond));
    out.append(String.format(Locale.ROOT, "  %,d finished cases a day need %.1f cases/s in the %s window: %.1f× that%n",
        CASES_A_DAY, needed, window, casesPerSecond / needed));
    out.append(String.format(Locale.ROOT, "read model retention: %,d of %,d ended cases in %.2f s: %,.0f cases/s%n",
        purged, insightCases, purgeSeconds, purged / purgeSeconds));
    System.out.print("\n" + out);
    String file = database.toLowerCase(Locale.ROOT).startsWith("postgres") ? "postgresql" : "h2";
    Files.writeString(Path.of("target", "history-cleanup-benchmark-" + file + ".txt"), out);
  }
}
