package org.sahakarflow.numbering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sahakarflow.SahakarTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@SahakarTest
class CaseNumbersTest {

  @Autowired
  CaseNumbers numbers;
  @Autowired
  TransactionTemplate transactions;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aCaseIsNumberedPerDistrictKindAndIndianYear() {
    String district = "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    // 31 December 2026, 19:00 UTC is already 1 January 2027 in India
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 12, 31, 19, 0).toInstant(ZoneOffset.UTC)));

    assertThat(next(district, "BYLAW")).isEqualTo(district + "-BYLAW-2027-000001");
    assertThat(next(district, "BYLAW")).isEqualTo(district + "-BYLAW-2027-000002");
    assertThat(next(district, "CREDIT")).isEqualTo(district + "-CREDIT-2027-000001");
  }

  @Test
  void acknowledgementsCountedBeforeTheOneSeriesCarryOn() {
    JdbcDataSource database = new JdbcDataSource();
    database.setURL("jdbc:h2:mem:series-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    Flyway.configure().dataSource(database).locations("classpath:db/migration").target("9").load().migrate();
    JdbcTemplate jdbc = new JdbcTemplate(database);
    jdbc.update("insert into number_sequence (scope, last_value) values ('ack:RJ-UDR-MPACS-2026', 41), "
        + "('reg:RJ-UDR:MPACS:2026', 7), ('RJ-UDR-BYLAW-2026', 3)");

    Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();

    assertThat(jdbc.queryForList("select scope, last_value from number_sequence order by scope"))
        .containsExactly(Map.of("SCOPE", "RJ-UDR-BYLAW-2026", "LAST_VALUE", 3L),
            Map.of("SCOPE", "RJ-UDR-MPACS-2026", "LAST_VALUE", 41L),
            Map.of("SCOPE", "reg:RJ-UDR:MPACS:2026", "LAST_VALUE", 7L));
  }

  private String next(String district, String kind) {
    return transactions.execute(status -> numbers.next(district, kind));
  }
}
