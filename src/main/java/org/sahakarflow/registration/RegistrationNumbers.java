package org.sahakarflow.registration;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.sahakarflow.numbering.NumberSequence;
import org.sahakarflow.society.SocietyType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out registration numbers in each State's pattern, gap-free per district, type and year
 * (or over what the pattern prints, {@link RegistrationNumberPattern}):
 * the serial comes from {@link NumberSequence}, whose lock lasts until the registering
 * transaction ends, so a decision that rolls back gives its number back.
 */
@Component
class RegistrationNumbers {

  /** The length of {@code society.registration_number}. */
  static final int MAX_LENGTH = 60;

  private final NumberSequence sequence;
  private final Map<String, RegistrationNumberPattern> patterns = new HashMap<>();
  private final RegistrationNumberPattern defaultPattern;

  RegistrationNumbers(NumberSequence sequence, SocietyRegisterProperties properties) {
    this.sequence = sequence;
    // parsed now so that a bad pattern stops the application instead of a registration
    properties.numberPatterns().forEach(
        (state, pattern) -> patterns.put(state, RegistrationNumberPattern.parse(pattern)));
    this.defaultPattern = RegistrationNumberPattern.parse(properties.defaultNumberPattern());
    refuseSharedPatternsWithoutState();
  }

  /**
   * A pattern that does not print the State is one State's own: the default, which serves every
   * other State, and a second State with the same pattern would hand out the same numbers.
   */
  private void refuseSharedPatternsWithoutState() {
    if (!defaultPattern.prints(RegistrationNumberPattern.STATE)) {
      throw new IllegalArgumentException("the default registration-number pattern '" + defaultPattern
          + "' must print {state}: it serves every State without its own");
    }
    Map<String, String> owner = new HashMap<>();
    patterns.forEach((state, pattern) -> {
      String other = pattern.prints(RegistrationNumberPattern.STATE) ? null : owner.put(pattern.toString(), state);
      if (other != null) {
        throw new IllegalArgumentException("registration-number pattern '" + pattern + "' of " + state + " and "
            + other + " does not print {state}: both would hand out the same numbers");
      }
    });
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public String allocate(String stateCode, String districtCode, SocietyType type,
      LocalDate registeredOn) {
    int year = registeredOn.getYear();
    RegistrationNumberPattern pattern = patternFor(stateCode);
    long serial = sequence.next(scope(pattern, stateCode, districtCode, type, year));
    String number = pattern.format(stateCode, districtCode, type, year, serial);
    if (number.length() > MAX_LENGTH) {
      throw new IllegalStateException("registration number " + number + " is longer than "
          + MAX_LENGTH + " characters; shorten the pattern for " + stateCode);
    }
    return number;
  }

  RegistrationNumberPattern patternFor(String stateCode) {
    return patterns.getOrDefault(stateCode, defaultPattern);
  }

  static String scope(String districtCode, SocietyType type, int year) {
    return "reg:" + districtCode + ":" + type.name() + ":" + year;
  }

  /**
   * The series a number comes from: always the State's own (another State's pattern may print the
   * same literal text only if it prints {@code {state}}, checked at start-up), then the district and
   * the type where the pattern prints them; '*' where it does not.
   */
  static String scope(RegistrationNumberPattern pattern, String stateCode, String districtCode, SocietyType type,
      int year) {
    return "reg:" + (pattern.prints(RegistrationNumberPattern.DISTRICT) ? districtCode : stateCode + "-*") + ":"
        + (pattern.prints(RegistrationNumberPattern.TYPE) ? type.name() : "*") + ":" + year;
  }
}
