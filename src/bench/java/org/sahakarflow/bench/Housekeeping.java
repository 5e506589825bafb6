package org.sahakarflow.bench;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stands in for PostgreSQL's autovacuum where a server runs without it (build machines often do).
 * Without it no table is ever analysed or vacuumed: dead rows of ended tasks, jobs and executions
 * pile up under the indexes and the planner keeps the statistics of an empty database, so a task
 * query that should find one case's task by its business key reads every open task of the State.
 * That cost is shared by both sides and grows with the run, which hides the app's own cost. The
 * benchmark therefore vacuums and analyses between blocks, outside the timed sections, as
 * autovacuum would do on a server of its own.
 */
final class Housekeeping {

  private final JdbcTemplate jdbc;
  private final boolean postgres;
  private final boolean needed;
  private int vacuums;
  private long nanos;

  private Housekeeping(JdbcTemplate jdbc, boolean postgres, boolean needed) {
    this.jdbc = jdbc;
    this.postgres = postgres;
    this.needed = needed;
  }

  /** @param database the database's product name, as the benchmark prints it */
  static Housekeeping of(JdbcTemplate jdbc, String database) {
    boolean postgres = database.toLowerCase().startsWith("postgres");
    return new Housekeeping(jdbc, postgres,
        postgres && "off".equals(jdbc.queryForObject("show autovacuum", String.class)));
  }

  void vacuum() {
    if (!needed) {
      return;
    }
    long started = System.nanoTime();
    // VACUUM cannot run inside a transaction: the pool's connections are in autocommit
    jdbc.execute("vacuum (analyze)");
    nanos += System.nanoTime() - started;
    vacuums++;
  }

  String describe(int every) {
    return needed
        ? "autovacuum is off on this server: VACUUM (ANALYZE) after the warm-up and every %d cases per side, not timed (%d runs, %.1f s in all)"
            .formatted(every, vacuums, nanos / 1e9)
        : postgres ? "the server's autovacuum is on: the benchmark leaves housekeeping to it"
            : "not PostgreSQL: no vacuum";
  }
}
