package org.sahakarflow.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class SlaPropertiesTest {

  @Test
  void defaultsCloseTheOfficeAtSixAndReadTheShippedCalendar() {
    SlaProperties properties = bind(Map.of());
    assertThat(properties.officeClose()).isEqualTo(LocalTime.of(18, 0));
    assertThat(properties.holidays().exists()).isTrue();
    assertThat(properties.workingWeek().exists()).isTrue();
  }

  @Test
  void anInstallationMaySetItsOwnOfficeCloseAndCalendarFiles() {
    SlaProperties properties = bind(Map.of("sahakar.sla.office-close", "17:30",
        "sahakar.sla.holidays", "classpath:reference/states.csv"));
    assertThat(properties.officeClose()).isEqualTo(LocalTime.of(17, 30));
    assertThat(properties.holidays().getFilename()).isEqualTo("states.csv");
  }

  private static SlaProperties bind(Map<String, String> values) {
    return new Binder(new MapConfigurationPropertySource(values))
        .bindOrCreate("sahakar.sla", SlaProperties.class);
  }
}
