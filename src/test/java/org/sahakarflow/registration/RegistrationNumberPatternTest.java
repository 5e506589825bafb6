package org.sahakarflow.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sahakarflow.society.SocietyType;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class RegistrationNumberPatternTest {

  final SocietyRegisterProperties defaults = SocietyRegisterProperties.defaults();

  @Test
  void defaultPatternNamesStateDistrictTypeYearAndFourDigitSerial() {
    assertThat(format(defaults.patternFor("RJ"), "RJ", "RJ-UDR", SocietyType.MPACS, 42))
        .isEqualTo("RJ/UDR/MPACS/2026/0042");
  }

  @Test
  void uttarPradeshHasItsOwnBuiltInPattern() {
    assertThat(format(defaults.patternFor("UP"), "UP", "UP-LKO", SocietyType.DAIRY, 42))
        .isEqualTo("UP-LKO-DAIRY-2026-00042");
  }

  @Test
  void theCentralRegistrarNumbersEveryTypeInOneSeriesAYear() {
    RegistrationNumberPattern central = RegistrationNumberPattern.parse(defaults.patternFor("MS"));
    assertThat(central.format("MS", "MS-CRC", SocietyType.DAIRY, 2026, 7)).isEqualTo("MSCS/CR/7/2026");
    assertThat(RegistrationNumbers.scope(central, "MS", "MS-CRC", SocietyType.DAIRY, 2026))
        .isEqualTo(RegistrationNumbers.scope(central, "MS", "MS-CRC", SocietyType.MPACS, 2026))
        .isNotEqualTo(RegistrationNumbers.scope(central, "MS", "MS-CRC", SocietyType.MPACS, 2027));
    RegistrationNumberPattern full = RegistrationNumberPattern.parse(defaults.patternFor("RJ"));
    assertThat(RegistrationNumbers.scope(full, "RJ", "RJ-UDR", SocietyType.MPACS, 2026))
        .as("the series already handed out stay as they are").isEqualTo(RegistrationNumbers.scope("RJ-UDR", SocietyType.MPACS, 2026))
        .isNotEqualTo(RegistrationNumbers.scope(full, "RJ", "RJ-UDR", SocietyType.DAIRY, 2026));
  }

  @Test
  void twoStatesCannotShareAPatternThatDoesNotPrintTheState() {
    SocietyRegisterProperties shared = new Binder(new MapConfigurationPropertySource(Map.of(
        "sahakar.registration.number-patterns.GA", "MSCS/CR/{serial}/{year}")))
        .bind("sahakar.registration", SocietyRegisterProperties.class).get();
    assertThatThrownBy(() -> new RegistrationNumbers(null, shared)).hasMessageContaining("same numbers");
    SocietyRegisterProperties stateless = new Binder(new MapConfigurationPropertySource(Map.of(
        "sahakar.registration.default-number-pattern", "{type}/{year}/{serial}")))
        .bind("sahakar.registration", SocietyRegisterProperties.class).get();
    assertThatThrownBy(() -> new RegistrationNumbers(null, stateless)).hasMessageContaining("must print {state}");
  }

  @Test
  void serialsWiderThanThePaddingGrow() {
    String pattern = defaults.patternFor("RJ");
    assertThat(format(pattern, "RJ", "RJ-UDR", SocietyType.FISHERIES, 9999))
        .isEqualTo("RJ/UDR/FISHERIES/2026/9999");
    assertThat(format(pattern, "RJ", "RJ-UDR", SocietyType.FISHERIES, 10_000))
        .isEqualTo("RJ/UDR/FISHERIES/2026/10000");
    assertThat(format("{year}-{state}{district}-{type}#{serial}", "RJ", "RJ-JPR", SocietyType.MPACS, 7))
        .isEqualTo("2026-RJJPR-MPACS#7");
  }

  @Test
  void patternsThatWouldRepeatNumbersOrAreMisspeltAreRefused() {
    assertThatThrownBy(() -> RegistrationNumberPattern.parse("{state}/{district}/{type}/{serial:4}"))
        .hasMessageContaining("lacks [year]");
    assertThatThrownBy(() -> RegistrationNumberPattern.parse("{district}/{type}/{year}/{serial:4}"))
        .as("district short codes repeat across States").hasMessageContaining("without {state}");
    assertThatThrownBy(() -> RegistrationNumberPattern.parse("{state}/{distrct}/{type}/{year}/{serial}"))
        .hasMessageContaining("unknown placeholder {distrct}");
    assertThatThrownBy(() -> RegistrationNumberPattern.parse("{state}/{district}/{type}/{year:2}/{serial}"))
        .hasMessageContaining("width only to {serial}");
    assertThatThrownBy(() -> RegistrationNumberPattern.parse("{state}/{district}/{type}/{year}/{serial:4"))
        .hasMessageContaining("malformed");
  }

  @Test
  void configuredPatternsOverrideBuiltInsAndKeepTheRest() {
    SocietyRegisterProperties configured = new Binder(new MapConfigurationPropertySource(Map.of(
        "sahakar.registration.number-patterns.MH", "{state}.{district}.{type}.{year}.{serial:3}",
        "sahakar.registration.default-number-pattern", "{type}/{state}/{district}/{year}/{serial:4}",
        "sahakar.registration.public-base-url", "https://sahakar.example.gov.in/")))
        .bind("sahakar.registration", SocietyRegisterProperties.class).get();

    assertThat(format(configured.patternFor("MH"), "MH", "MH-PUN", SocietyType.MPACS, 5))
        .isEqualTo("MH.PUN.MPACS.2026.005");
    assertThat(configured.patternFor("UP")).isEqualTo(SocietyRegisterProperties.BUILT_IN_PATTERNS.get("UP"));
    assertThat(configured.patternFor("RJ")).isEqualTo("{type}/{state}/{district}/{year}/{serial:4}");
    assertThat(configured.publicBaseUrl()).isEqualTo("https://sahakar.example.gov.in");
    assertThat(defaults.publicBaseUrl()).isEqualTo("http://localhost:8080");
  }

  private static String format(String pattern, String state, String district, SocietyType type,
      long serial) {
    return RegistrationNumberPattern.parse(pattern).format(state, district, type, 2026, serial);
  }
}
