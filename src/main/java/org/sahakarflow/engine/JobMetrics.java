package org.sahakarflow.engine;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Prometheus gauges for what an operator must act on or watch: {@code sahakar_incidents} per type
 * (steps whose retries are spent), {@code sahakar_jobs_due_unacquired} (jobs due now that no node
 * has taken: growing means the job executors are down or cannot keep up) and
 * {@code sahakar_jobs_due_oldest_seconds} (how long the oldest of them has waited). Counted by one
 * thread of this bean's own every 30 s, so a scrape never touches the database.
 */
@Component
class JobMetrics implements InitializingBean, DisposableBean {

  static final String INCIDENTS = "sahakar.incidents";
  static final String DUE = "sahakar.jobs.due.unacquired";
  static final String OLDEST = "sahakar.jobs.due.oldest.seconds";
  private static final Logger LOG = LoggerFactory.getLogger(JobMetrics.class);

  private final JdbcTemplate jdbc;
  private final MultiGauge incidents;
  private final AtomicLong due = new AtomicLong();
  private final AtomicLong oldestSeconds = new AtomicLong();
  private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread thread = new Thread(r, "job-metrics");
    thread.setDaemon(true);
    return thread;
  });

  JobMetrics(JdbcTemplate jdbc, MeterRegistry meters) {
    this.jdbc = jdbc;
    this.incidents = MultiGauge.builder(INCIDENTS).description("open incidents: steps whose retries are spent")
        .register(meters);
    Gauge.builder(DUE, due, AtomicLong::get).description("jobs due now that no node has acquired").register(meters);
    Gauge.builder(OLDEST, oldestSeconds, AtomicLong::get).baseUnit("seconds")
        .description("how long the oldest due, unacquired job has waited").register(meters);
  }

  void refresh() {
    List<MultiGauge.Row<?>> rows = new ArrayList<>();
    jdbc.query("select incident_type_, count(*) from act_ru_incident group by incident_type_",
        rs -> {
          rows.add(MultiGauge.Row.of(Tags.of("type", rs.getString(1)), rs.getLong(2)));
        });
    incidents.register(rows, true);
    Timestamp now = new Timestamp(ClockUtil.getCurrentTime().getTime());
    jdbc.query("""
        select count(*), min(duedate_) from act_ru_job
        where retries_ > 0 and suspension_state_ = 1 and (duedate_ is null or duedate_ <= ?)
          and (lock_exp_time_ is null or lock_exp_time_ < ?)""", rs -> {
          due.set(rs.getLong(1));
          Timestamp oldest = rs.getTimestamp(2);
          oldestSeconds.set(oldest == null ? 0 : Math.max(0, (now.getTime() - oldest.getTime()) / 1000));
        }, now, now);
  }

  @Override
  public void afterPropertiesSet() {
    refresher.scheduleWithFixedDelay(() -> {
      try {
        refresh();
      } catch (RuntimeException e) {
        LOG.warn("job metrics not refreshed: {}", e.getMessage());
      }
    }, 30, 30, TimeUnit.SECONDS);
  }

  @Override
  public void destroy() {
    refresher.shutdownNow();
  }
}
