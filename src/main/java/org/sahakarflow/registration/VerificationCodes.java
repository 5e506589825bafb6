package org.sahakarflow.registration;

import java.security.SecureRandom;

/**
 * Codes printed on certificates so anyone can tell a genuine certificate from a forged one with
 * a real registration number. Read aloud and typed from paper, so no 0/O or 1/I.
 */
final class VerificationCodes {

  static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  static final int LENGTH = 8;
  private static final SecureRandom RANDOM = new SecureRandom();

  private VerificationCodes() {
  }

  static String next() {
    StringBuilder code = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }
}
