package org.sahakarflow.sla;

/** Names of the process variables the SLA feature reads and writes. */
final class SlaVariables {

  /** Optional: the process whose SLA rows apply, when not the running process's own key. */
  static final String SLA_PROCESS_KEY = "slaProcessKey";

  /**
   * Transient and local to a task's scope execution, so its timers and task listener share one
   * schedule within the transaction that creates them.
   */
  static final String DUE_DATE = "slaDueDate";
  static final String REMINDER_AT = "slaReminderAt";
  static final String REMINDER_CYCLE_DAYS = "slaReminderCycleDays";
  /** Local to the scope holding the statutory-limit event subprocess. */
  static final String STATUTORY_LIMIT = "slaStatutoryLimit";

  /** Input parameter of the escalation service task: the id of the overdue user task. */
  static final String STEP = "step";
  /** Set by the escalation for the step after it, which notifies that group. */
  static final String ESCALATION_GROUP = "escalationGroup";
  /** The Government's extension of the statutory limit: its order, its date and who recorded it. */
  static final String EXTENSION_REFERENCE = "statutoryExtensionReference";
  static final String EXTENSION_APPROVED_ON = "statutoryExtensionApprovedOn";
  static final String EXTENSION_RECORDED_BY = "statutoryExtensionRecordedBy";
  /** The months of extension granted at the applicant's request so far (multi-State societies). */
  static final String EXTENSION_MONTHS = "statutoryExtensionMonths";
  /** {@code ESCALATE} or {@code DEEMED_REGISTRATION}, set when the statutory limit expires. */
  static final String STATUTORY_CONSEQUENCE = "statutoryConsequence";

  private SlaVariables() {
  }
}
