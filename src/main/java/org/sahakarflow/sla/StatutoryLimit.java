package org.sahakarflow.sla;

/**
 * The time a State's Act gives the Registrar to decide, and what its expiry means.
 *
 * @param limitDays calendar days from the day of submission
 * @param extensionDays the one extension the Act lets the Government grant before expiry; 0 for none
 * @param atExpiry escalate to the Registrar's office, or the society is deemed registered
 */
record StatutoryLimit(int limitDays, int extensionDays, AtExpiry atExpiry) {

  StatutoryLimit {
    if (limitDays < 1 || extensionDays < 0 || atExpiry == null) {
      throw new IllegalStateException("invalid row in the statutory limits: " + limitDays + " days, "
          + extensionDays + " days' extension, " + atExpiry);
    }
  }

  enum AtExpiry { ESCALATE, DEEMED_REGISTRATION }
}
