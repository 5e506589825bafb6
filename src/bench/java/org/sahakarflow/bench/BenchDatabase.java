package org.sahakarflow.bench;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The database a benchmark's app runs on: {@code -Dbench.db=jdbc:postgresql://...} (user {@code -Dbench.dbUser}, default postgres); else H2. */
final class BenchDatabase {

  private BenchDatabase() {
  }

  /** The database's product name and version, e.g. "PostgreSQL 15.20". */
  static String describe(JdbcTemplate jdbc) {
    return jdbc.execute((Connection c) -> {
      DatabaseMetaData meta = c.getMetaData();
      return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion().split(" ")[0];
    });
  }

  static void register(DynamicPropertyRegistry registry) {
    String url = System.getProperty("bench.db", "");
    if (!url.isBlank()) {
      registry.add("sahakar.test.db.url", () -> url);
      registry.add("sahakar.test.db.user", () -> System.getProperty("bench.dbUser", "postgres"));
    }
  }
}
