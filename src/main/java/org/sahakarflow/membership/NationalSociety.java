package org.sahakarflow.membership;

import java.util.Arrays;
import java.util.Optional;

/** The national multi-State cooperatives a society may join; their codes are those of {@code Groups.NATIONAL_SOCIETIES}. */
enum NationalSociety {
  NCEL("National Cooperative Exports Limited"),
  NCOL("National Cooperative Organics Limited"),
  BBSSL("Bharatiya Beej Sahakari Samiti Limited");

  private final String fullName;

  NationalSociety(String fullName) {
    this.fullName = fullName;
  }

  String fullName() {
    return fullName;
  }

  static Optional<NationalSociety> of(Object code) {
    return code == null ? Optional.empty()
        : Arrays.stream(values()).filter(s -> s.name().equals(code.toString().trim())).findFirst();
  }
}
