package org.sahakarflow.bylaws;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.BadUserRequestException;
import org.sahakarflow.system.India;

/** Dates typed into forms: a form-js date field submits {@code yyyy-mm-dd}; the API may send a date. */
final class CaseDates {

  private CaseDates() {
  }

  static LocalDate required(Object value, String field) {
    if (value instanceof Date date) {
      return India.dateOf(date);
    }
    if (value == null || value.toString().isBlank()) {
      throw new BadUserRequestException(field + ": a date is required");
    }
    try {
      return LocalDate.parse(value.toString().trim().substring(0, Math.min(10, value.toString().trim().length())));
    } catch (DateTimeParseException e) {
      throw new BadUserRequestException(field + ": '" + value + "' is not a date (yyyy-mm-dd)");
    }
  }

  static int count(Object value, String field) {
    if (value instanceof Number number) {
      return number.intValue();
    }
    try {
      return Integer.parseInt(String.valueOf(value).trim());
    } catch (NumberFormatException e) {
      throw new BadUserRequestException(field + ": a whole number is required");
    }
  }
}
