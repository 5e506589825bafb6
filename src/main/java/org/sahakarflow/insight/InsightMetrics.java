package org.sahakarflow.insight;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.sahakarflow.system.EngineClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Prometheus gauges {@code sahakar_insight_open_tasks} and {@code sahakar_insight_overdue_tasks}
 * per process, step and State, refreshed from the read model once a minute by a thread of this
 * bean's own (one grouped query; scrapes never touch the database). SLA breaches are counted by
 * {@code sla.BreachLog} as {@code sahakar_sla_breaches_total}.
 */
@Component
class InsightMetrics implements InitializingBean, DisposableBean {

  static final String OPEN = "sahakar.insight.open.tasks";
  static final String OVERDUE = "sahakar.insight.overdue.tasks";
  private static final Logger log = LoggerFactory.getLogger(InsightMetrics.class);

  private final JdbcTemplate jdbc;
  private final MultiGauge open;
  private final MultiGauge overdue;
  private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread thread = new Thread(r, "insight-metrics");
    thread.setDaemon(true);
    return thread;
  });

  InsightMetrics(JdbcTemplate jdbc, MeterRegistry meters) {
    this.jdbc = jdbc;
    this.open = MultiGauge.builder(OPEN).description("open user tasks").register(meters);
    this.overdue = MultiGauge.builder(OVERDUE).description("open user tasks past their due date").register(meters);
  }

  void refresh() {
    List<MultiGauge.Row<?>> openRows = new ArrayList<>();
    List<MultiGauge.Row<?>> overdueRows = new ArrayList<>();
    jdbc.query("""
        select process_key, step, state_code, count(*), sum(case when due_at < ? then 1 else 0 end)
        from insight_step where ended_at is null group by process_key, step, state_code""", rs -> {
          Tags tags = Tags.of("process", rs.getString(1), "step", rs.getString(2),
              "state", rs.getString(3) == null ? "" : rs.getString(3));
          openRows.add(MultiGauge.Row.of(tags, rs.getLong(4)));
          overdueRows.add(MultiGauge.Row.of(tags, rs.getLong(5)));
        }, new Timestamp(EngineClock.INSTANCE.millis()));
    open.register(openRows, true);
    overdue.register(overdueRows, true);
  }

  @Override
  public void afterPropertiesSet() {
    refresher.scheduleWithFixedDelay(() -> {
      try {
        refresh();
      } catch (RuntimeException e) {
        // a failed refresh keeps the last figures; the next minute tries again
        log.warn("could not refresh the open-task gauges", e);
      }
    }, 0, 1, TimeUnit.MINUTES);
  }

  @Override
  public void destroy() {
    refresher.shutdownNow();
  }
}
