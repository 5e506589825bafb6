package org.sahakarflow.system;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A case that may not open beside one already on record (a second open linkage, a second
 * application to the same national society). An engine refusal, so engine REST and Tasklist's
 * start form answer 400 with {@code field: reason}; the app's API answers 409 with the reason.
 */
public class CaseConflict extends BadUserRequestException {

  private final String reason;

  public CaseConflict(String field, String reason) {
    super(field + ": " + reason);
    this.reason = reason;
  }

  public String reason() {
    return reason;
  }
}
