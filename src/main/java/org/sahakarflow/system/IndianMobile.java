package org.sahakarflow.system;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Indian mobile number as people write it — {@code 9876543210}, {@code +91 98765 43210},
 * {@code 09876543210} — reduced to its ten digits; anything else is no mobile. Mobile numbers
 * start with 6 to 9 (the National Numbering Plan); a landline given by mistake gets no SMS.
 */
public final class IndianMobile {

  private static final Pattern MOBILE = Pattern.compile("(?:\\+?91|0)?([6-9][0-9]{9})");

  private IndianMobile() {
  }

  public static Optional<String> of(Object value) {
    if (value == null) {
      return Optional.empty();
    }
    Matcher mobile = MOBILE.matcher(value.toString().replaceAll("[\\s()-]", ""));
    return mobile.matches() ? Optional.of(mobile.group(1)) : Optional.empty();
  }

  /** For the application log: enough to tell two numbers apart, not enough to call one. */
  public static String masked(String mobile) {
    return "******" + mobile.substring(mobile.length() - 4);
  }
}
