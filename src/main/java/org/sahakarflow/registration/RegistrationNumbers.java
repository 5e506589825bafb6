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
 * Hands out registration numbers in each State's pattern, gap-free per district, type and year:
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
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public String allocate(String stateCode, String districtCode, SocietyType type,
      LocalDate registeredOn) {
    int year = registeredOn.getYear();
    long serial = sequence.next(scope(districtCode, type, year));
    String number = patternFor(stateCode).format(stateCode, districtCode, type, year, serial);
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
}
