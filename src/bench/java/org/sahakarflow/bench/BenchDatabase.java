package org.sahakarflow.bench;

import org.springframework.test.context.DynamicPropertyRegistry;

/** The database a benchmark's app runs on: {@code -Dbench.db=jdbc:postgresql://...} (user {@code -Dbench.dbUser}, default postgres); else H2. */
final class BenchDatabase {

  private BenchDatabase() {
  }

  static void register(DynamicPropertyRegistry registry) {
    String url = System.getProperty("bench.db", "");
    if (!url.isBlank()) {
      registry.add("sahakar.test.db.url", () -> url);
      registry.add("sahakar.test.db.user", () -> System.getProperty("bench.dbUser", "postgres"));
    }
  }
}
