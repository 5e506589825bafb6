package org.sahakarflow.registration;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How registration numbers look and where certificates point to.
 *
 * @param numberPatterns registration-number pattern per State code; configured entries override
 *     the built-in ones. Placeholders: {@code {state}}, {@code {district}} (the part after the dash,
 *     RJ-UDR → UDR), {@code {type}}, {@code {year}}, {@code {serial}} or {@code {serial:N}}
 *     (zero-padded to N digits; wider serials grow). {@code {year}} and {@code {serial}} are required;
 *     the serial runs over what the pattern prints ({@code {district}} only with {@code {state}})
 * @param defaultNumberPattern the pattern of every State without its own
 * @param publicBaseUrl the address the public reaches this application at; printed on
 *     certificates as the verification link
 */
@ConfigurationProperties("sahakar.registration")
record SocietyRegisterProperties(Map<String, String> numberPatterns, String defaultNumberPattern,
    String publicBaseUrl) {

  static final String DEFAULT_NUMBER_PATTERN = "{state}/{district}/{type}/{year}/{serial:4}";
  static final String DEFAULT_PUBLIC_BASE_URL = "http://localhost:8080";
  /** States whose Registrar numbers differently out of the box; data, overridable per deployment. */
  static final Map<String, String> BUILT_IN_PATTERNS = Map.of(
      "UP", "{state}-{district}-{type}-{year}-{serial:5}",
      // the Central Registrar numbers every multi-State society in one series a year
      "MS", "MSCS/CR/{serial}/{year}");

  SocietyRegisterProperties {
    Map<String, String> merged = new HashMap<>(BUILT_IN_PATTERNS);
    if (numberPatterns != null) {
      // environment variables arrive lower-cased; State codes are upper case everywhere else
      numberPatterns.forEach((state, pattern) -> merged.put(state.toUpperCase(Locale.ROOT), pattern));
    }
    numberPatterns = Map.copyOf(merged);
    defaultNumberPattern = blank(defaultNumberPattern) ? DEFAULT_NUMBER_PATTERN : defaultNumberPattern;
    publicBaseUrl = blank(publicBaseUrl) ? DEFAULT_PUBLIC_BASE_URL
        : publicBaseUrl.replaceAll("/+$", "");
  }

  static SocietyRegisterProperties defaults() {
    return new SocietyRegisterProperties(null, null, null);
  }

  String patternFor(String stateCode) {
    return numberPatterns.getOrDefault(stateCode, defaultNumberPattern);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
