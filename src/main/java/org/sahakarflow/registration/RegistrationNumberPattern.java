package org.sahakarflow.registration;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sahakarflow.society.SocietyType;

/**
 * A State's registration-number pattern such as {@code {state}/{district}/{type}/{year}/{serial:4}},
 * checked when the application starts so a typo in configuration never reaches a certificate.
 */
final class RegistrationNumberPattern {

  static final String STATE = "state";
  static final String DISTRICT = "district";
  static final String TYPE = "type";
  static final String YEAR = "year";
  static final String SERIAL = "serial";
  /**
   * The serial restarts per district, type and year, and district short codes repeat across
   * States (Aurangabad is AUR in two of them), so a pattern missing any of these would hand out
   * the same number twice.
   */
  static final Set<String> REQUIRED = Set.of(STATE, DISTRICT, TYPE, YEAR, SERIAL);
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)(?::([1-9]))?}");

  private final String pattern;

  private RegistrationNumberPattern(String pattern) {
    this.pattern = pattern;
  }

  static RegistrationNumberPattern parse(String pattern) {
    if (PLACEHOLDER.matcher(pattern).replaceAll("").matches(".*[{}].*")) {
      throw invalid(pattern, "has a malformed placeholder");
    }
    Set<String> seen = new HashSet<>();
    Matcher matcher = PLACEHOLDER.matcher(pattern);
    while (matcher.find()) {
      String name = matcher.group(1);
      if (!REQUIRED.contains(name)) {
        throw invalid(pattern, "has an unknown placeholder {" + name + "}");
      }
      if (matcher.group(2) != null && !SERIAL.equals(name)) {
        throw invalid(pattern, "may give a width only to {serial}");
      }
      seen.add(name);
    }
    if (!seen.containsAll(REQUIRED)) {
      Set<String> missing = new HashSet<>(REQUIRED);
      missing.removeAll(seen);
      throw invalid(pattern, "lacks " + missing + "; numbers would repeat");
    }
    return new RegistrationNumberPattern(pattern);
  }

  /** Fills the pattern; {@code districtCode} is the full code (RJ-UDR), printed as its short part. */
  String format(String stateCode, String districtCode, SocietyType type, int year, long serial) {
    String district = districtCode.substring(districtCode.indexOf('-') + 1);
    return PLACEHOLDER.matcher(pattern).replaceAll(placeholder -> Matcher.quoteReplacement(
        switch (placeholder.group(1)) {
          case STATE -> stateCode;
          case DISTRICT -> district;
          case TYPE -> type.name();
          case YEAR -> String.valueOf(year);
          default -> placeholder.group(2) == null ? String.valueOf(serial)
              : String.format("%0" + placeholder.group(2) + "d", serial);
        }));
  }

  @Override
  public String toString() {
    return pattern;
  }

  private static IllegalArgumentException invalid(String pattern, String problem) {
    return new IllegalArgumentException("registration-number pattern '" + pattern + "' " + problem);
  }
}
