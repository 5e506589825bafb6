package org.sahakarflow.credit;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * How the credit linkage's steps read what a form gave. A check that fails throws "field: reason",
 * which Tasklist shows on the form, and the task stays open with nothing written.
 */
final class CreditInput {

  private CreditInput() {
  }

  static long rupees(DelegateTask task, String name) {
    Object value = task.getVariable(name);
    if (!(value instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())) {
      throw new BadUserRequestException(name + ": whole rupees are required");
    }
    return number.longValue();
  }

  static boolean blank(Object value) {
    return value == null || value.toString().isBlank();
  }
}
