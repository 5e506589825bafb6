package org.sahakarflow.system;

/** Nothing with this id, or nothing the caller may see: both read the same from outside. */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String what) {
    super(what);
  }
}
