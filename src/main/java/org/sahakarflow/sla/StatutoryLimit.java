package org.sahakarflow.sla;

/**
 * The time a State's Act gives the Registrar to decide, and what its expiry means.
 *
 * @param limitDays calendar days from the day of submission
 * @param atExpiry escalate to the Registrar's office, or the society is deemed registered
 */
record StatutoryLimit(int limitDays, AtExpiry atExpiry) {

  StatutoryLimit {
    if (limitDays < 1 || atExpiry == null) {
      throw new IllegalStateException("invalid row in the statutory limits: " + limitDays + " days, "
          + atExpiry);
    }
  }

  enum AtExpiry { ESCALATE, DEEMED_REGISTRATION }
}
