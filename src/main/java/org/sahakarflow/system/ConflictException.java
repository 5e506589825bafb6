package org.sahakarflow.system;

/** The request is valid but clashes with what is already on record. */
public class ConflictException extends RuntimeException {

  public ConflictException(String reason) {
    super(reason);
  }
}
