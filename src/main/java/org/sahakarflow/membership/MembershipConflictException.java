package org.sahakarflow.membership;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * The society already has an open application to the national society, or is its member. A
 * {@link BadUserRequestException}, so the engine REST API (Tasklist's start form) answers 400 with
 * the message; the app API answers 409.
 */
class MembershipConflictException extends BadUserRequestException {

  MembershipConflictException(String message) {
    super(message);
  }
}
