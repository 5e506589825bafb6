package org.sahakarflow.sla;

import java.time.Period;

/**
 * The time a State's Act gives the Registrar to decide, and what its expiry means.
 *
 * @param limit from the day of submission: calendar days (Delhi's P90D) or months (the Central
 *     Registrar's P3M, to the same day of the month, as {@link java.time.LocalDate#plusMonths} counts)
 * @param extension what the Act lets be added before expiry, in all; zero for none
 * @param extensionBy who may extend it
 * @param atExpiry escalate to the Registrar's office, or the society is deemed registered
 */
record StatutoryLimit(Period limit, Period extension, ExtensionBy extensionBy, AtExpiry atExpiry) {

  StatutoryLimit {
    if (limit == null || extension == null || extensionBy == null || atExpiry == null
        || limit.isNegative() || limit.isZero() || extension.isNegative()
        || extension.isZero() != (extensionBy == ExtensionBy.NONE)
        // the applicant asks in whole months: an extension in days could not be asked for in part
        || (extensionBy == ExtensionBy.APPLICANT && (extension.getDays() != 0 || extension.toTotalMonths() < 1))) {
      throw new IllegalStateException("invalid row in the statutory limits: " + limit + ", " + extension
          + " extension by " + extensionBy + ", " + atExpiry);
    }
  }

  static StatutoryLimit of(String limit, String extension, String extensionBy, String atExpiry) {
    try {
      return new StatutoryLimit(Period.parse(limit), Period.parse(extension), ExtensionBy.valueOf(extensionBy),
          AtExpiry.valueOf(atExpiry));
    } catch (RuntimeException e) {
      throw new IllegalStateException("invalid row in the statutory limits: limit '" + limit + "', extension '"
          + extension + "' by " + extensionBy + ", " + atExpiry + " (periods are ISO 8601, such as P60D or P3M)", e);
    }
  }

  enum AtExpiry { ESCALATE, DEEMED_REGISTRATION }

  /**
   * GOVERNMENT: recorded once, in full, by the Registrar (Delhi); APPLICANT: asked for by the
   * applicant in whole months, up to the extension in all (multi-State societies).
   */
  enum ExtensionBy { NONE, GOVERNMENT, APPLICANT }
}
