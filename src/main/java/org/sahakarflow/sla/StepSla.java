package org.sahakarflow.sla;

/**
 * What the SLA policy allows one step (a user task) of a process in a State.
 *
 * @param workingDays working days allowed, counted from the day the task is created
 * @param reminderBeforeDays working days before the due day on which reminders start
 * @param reminderCycleDays calendar days between reminders
 * @param escalationRole prefix of the {@link org.sahakarflow.identity.Groups.Role} to escalate to
 */
record StepSla(int workingDays, int reminderBeforeDays, int reminderCycleDays, String escalationRole) {

  StepSla {
    // the figures come from an editable table; a zero cycle would make the engine spin
    if (workingDays < 0 || reminderBeforeDays < 0 || reminderCycleDays < 1 || escalationRole == null) {
      throw new IllegalStateException("invalid row in the SLA policy: " + workingDays + " working days, "
          + "reminders from " + reminderBeforeDays + " days before every " + reminderCycleDays
          + " days, escalation to " + escalationRole);
    }
  }
}
