package org.sahakarflow.registration;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sahakarflow.society.SocietyType;

/**
 * A State's registration-number pattern such as {@code {state}/{district}/{type}/{year}/{serial:4}},
 * checked when the application starts so a typo in configuration never reaches a certificate. The
 * serial runs over what the pattern prints: per district, type and year where it prints them all;
 * over the whole jurisdiction where it leaves out the district ({@code MSCS/CR/{serial}/{year}}, the
 * Central Registrar's one series), over every type where it leaves out the type.
 */
final class RegistrationNumberPattern {

  static final String STATE = "state";
  static final String DISTRICT = "district";
  static final String TYPE = "type";
  static final String YEAR = "year";
  static final String SERIAL = "serial";
  static final Set<String> KNOWN = Set.of(STATE, DISTRICT, TYPE, YEAR, SERIAL);
  /** The serial restarts every year, so a pattern without the year would repeat numbers. */
  static final Set<String> REQUIRED = Set.of(YEAR, SERIAL);
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)(?::([1-9]))?}");

  private final String pattern;
  private final Set<String> printed;

  private RegistrationNumberPattern(String pattern, Set<String> printed) {
    this.pattern = pattern;
    this.printed = Set.copyOf(printed);
  }

  static RegistrationNumberPattern parse(String pattern) {
    if (PLACEHOLDER.matcher(pattern).replaceAll("").matches(".*[{}].*")) {
      throw invalid(pattern, "has a malformed placeholder");
    }
    Set<String> seen = new HashSet<>();
    Matcher matcher = PLACEHOLDER.matcher(pattern);
    while (matcher.find()) {
      String name = matcher.group(1);
      if (!KNOWN.contains(name)) {
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
    if (seen.contains(DISTRICT) && !seen.contains(STATE)) {
      // district short codes repeat across States (Aurangabad is AUR in two of them)
      throw invalid(pattern, "prints {district} without {state}; numbers would repeat across States");
    }
    return new RegistrationNumberPattern(pattern, seen);
  }

  /** Whether the pattern prints a placeholder, so that the serial runs separately for each value of it. */
  boolean prints(String placeholder) {
    return printed.contains(placeholder);
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
