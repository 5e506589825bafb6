package org.sahakarflow.insight;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.sahakarflow.system.EngineClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The read model keeps a case as long as the engine keeps its history: the engine's history
 * cleanup removes an ended case's history after its time to live, and this removes the case's
 * {@code insight_case} and {@code insight_step} rows after {@code sahakar.insight.retention} (by
 * default the same two years). It runs once an hour and works only inside the engine's history
 * cleanup window, so both purges load the database at night, in batches of one transaction each
 * so that no lock is held long. On PostgreSQL two nodes share the work: each batch takes only
 * case rows no other node has locked.
 */
@Component
class InsightRetention implements InitializingBean, DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(InsightRetention.class);

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final Duration retention;
  private final int batch;
  private final LocalTime windowStart;
  private final LocalTime windowEnd;
  private final boolean skipLocked;
  private final ScheduledExecutorService runner = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread thread = new Thread(r, "insight-retention");
    thread.setDaemon(true);
    return thread;
  });

  InsightRetention(JdbcTemplate jdbc, TransactionTemplate transactions, ProcessEngineConfigurationImpl engine,
      @Value("${sahakar.insight.retention:P730D}") Duration retention,
      @Value("${sahakar.insight.retention-batch:500}") int batch) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.retention = retention;
    this.batch = batch;
    this.windowStart = time(engine.getHistoryCleanupBatchWindowStartTime());
    this.windowEnd = time(engine.getHistoryCleanupBatchWindowEndTime());
    this.skipLocked = "postgres".equals(engine.getDatabaseType());
  }

  /**
   * Removes the rows of every case that ended before {@code now} less the retention.
   *
   * @return the cases removed
   */
  int purge(Instant now) {
    Timestamp endedBefore = Timestamp.from(now.minus(retention));
    int removed = 0;
    while (true) {
      int done = transactions.execute(status -> purgeBatch(endedBefore));
      if (done == 0) {
        return removed;
      }
      removed += done;
    }
  }

  private int purgeBatch(Timestamp endedBefore) {
    List<String> cases = jdbc.queryForList("select case_id from insight_case where ended_at < ? order by ended_at"
        + " fetch first " + batch + " rows only" + (skipLocked ? " for update skip locked" : ""), String.class,
        endedBefore);
    if (cases.isEmpty()) {
      return 0;
    }
    String in = String.join(",", Collections.nCopies(cases.size(), "?"));
    Object[] ids = cases.toArray();
    jdbc.update("delete from insight_step where case_id in (" + in + ")", ids);
    jdbc.update("delete from insight_case where case_id in (" + in + ")", ids);
    return cases.size();
  }

  /** Whether the time of day falls in the engine's history cleanup window (which may run past midnight). */
  boolean inWindow(LocalTime time) {
    if (windowStart == null || windowEnd == null) {
      return false;
    }
    return windowStart.isBefore(windowEnd)
        ? !time.isBefore(windowStart) && time.isBefore(windowEnd)
        : !time.isBefore(windowStart) || time.isBefore(windowEnd);
  }

  @Override
  public void afterPropertiesSet() {
    runner.scheduleWithFixedDelay(() -> {
      Instant now = EngineClock.INSTANCE.instant();
      // the engine reads its window in the JVM's zone; so does this
      if (!inWindow(LocalTime.ofInstant(now, ZoneId.systemDefault()))) {
        return;
      }
      try {
        int removed = purge(now);
        if (removed > 0) {
          log.info("removed the read model of {} cases ended more than {} ago", removed, retention);
        }
      } catch (RuntimeException e) {
        // the next hour of the window tries again
        log.warn("could not purge the read model", e);
      }
    }, 1, 60, TimeUnit.MINUTES);
  }

  @Override
  public void destroy() {
    runner.shutdownNow();
  }

  private static LocalTime time(String hhmm) {
    return hhmm == null || hhmm.isBlank() ? null : LocalTime.parse(hhmm.length() == 4 ? "0" + hhmm : hhmm);
  }
}
