package org.sahakarflow.sla;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;
import org.sahakarflow.engine.ExecutionScopes;
import org.sahakarflow.system.CaseVariables;
import org.sahakarflow.system.EngineClock;
import org.sahakarflow.system.India;
import org.springframework.stereotype.Component;

/**
 * Due dates for the models' timer expressions, e.g.
 * {@code <bpmn:timeDate>${sla.dueDate(execution)}</bpmn:timeDate>}. The engine evaluates a boundary
 * timer when it creates the task's own execution, before the task and its listeners exist; the
 * execution's current activity is then the task, which names the step. The schedule is kept as
 * transient local variables of that execution (never stored), so the escalation timer, the
 * reminder timer and the task's due and follow-up dates ({@link SlaTaskListener}) agree. Public:
 * the expression language only calls methods of public classes.
 */
@Component("sla")
public class SlaService {

  private final SlaPolicy policy;
  private final DueDateCalculator dates;
  private final MissingHolidayLists missingLists;

  SlaService(SlaPolicy policy, DueDateCalculator dates, MissingHolidayLists missingLists) {
    this.policy = policy;
    this.dates = dates;
    this.missingLists = missingLists;
  }

  /** When the step entered by the execution is due: escalation timer, task due date. */
  public Date dueDate(DelegateExecution execution) {
    return schedule(execution).dueDate();
  }

  /**
   * When a step the case is about to enter will be due, for a notice sent just before it, e.g.
   * the reply date in a query: entered in the same transaction, the step gets this very date.
   */
  public Date dueDateOf(DelegateExecution execution, String step) {
    CaseRef ref = CaseRef.of(execution);
    StepSla sla = policy.stepSla(ref.deploymentId(), ref.stateCode(), ref.processKey(), step);
    return Date.from(dates.dueAt(ref.stateCode(), EngineClock.INSTANCE.instant(), sla.workingDays()));
  }

  /** {@code R/<first reminder>/P<n>D} for the step's reminder timer. */
  public String reminderCycle(DelegateExecution execution) {
    Schedule schedule = schedule(execution);
    return DueDateCalculator.reminderCycle(schedule.firstReminder().toInstant(),
        schedule.reminderCycleDays());
  }

  /**
   * When the Registrar's statutory time to decide runs out: {@code submittedAt} (else now) plus
   * the State's limit in calendar days or months, to the end of that day.
   */
  public Date statutoryLimitDate(DelegateExecution execution) {
    boolean ownScope = ExecutionScopes.ownsActivity(execution);
    if (ownScope && execution.getVariableLocal(SlaVariables.STATUTORY_LIMIT) instanceof Date kept) {
      return kept;
    }
    CaseRef ref = CaseRef.of(execution);
    StatutoryLimit limit = policy.statutoryLimit(ref.deploymentId(), ref.stateCode(), ref.processKey());
    Date limitDate = Date.from(dates.statutoryLimitAt(submittedAt(execution), limit.limit()));
    if (ownScope) {
      execution.setVariableLocal(SlaVariables.STATUTORY_LIMIT, limitDate);
    }
    return limitDate;
  }

  /** The statutory limit as its timer was set (from inside the scope that holds the timer). */
  Date statutoryLimitOf(DelegateExecution execution) {
    return execution.getVariable(SlaVariables.STATUTORY_LIMIT) instanceof Date kept ? kept
        : statutoryLimitDate(execution);
  }

  /** The step's schedule, computed once per task and then reused. */
  Schedule schedule(DelegateExecution execution) {
    boolean ownScope = ExecutionScopes.ownsActivity(execution);
    Object kept = ownScope ? execution.getVariableLocal(SlaVariables.DUE_DATE) : null;
    if (kept instanceof Date due && execution.getVariableLocal(SlaVariables.REMINDER_AT) instanceof Date reminder) {
      return new Schedule(due, reminder, (Integer) execution.getVariableLocal(SlaVariables.REMINDER_CYCLE_DAYS));
    }
    CaseRef ref = CaseRef.of(execution);
    StepSla sla = policy.stepSla(ref.deploymentId(), ref.stateCode(), ref.processKey(), execution.getCurrentActivityId());
    Instant now = EngineClock.INSTANCE.instant();
    Instant due = dates.dueAt(ref.stateCode(), now, sla.workingDays());
    missingLists.check(ref.stateCode(), India.dateOf(Date.from(now)), India.dateOf(Date.from(due)),
        "the due date of " + execution.getCurrentActivityId());
    Instant reminder = dates.firstReminderAt(ref.stateCode(), now, due, sla.reminderBeforeDays());
    Schedule schedule = new Schedule(Date.from(due), Date.from(reminder), sla.reminderCycleDays());
    // a task without timers runs on an execution that outlives it: keeping values there would
    // hand them to the next task, so they are recomputed instead. Nothing outlives the
    // transaction that creates the task: the task's due date and follow-up date and its two
    // timers read the schedule as they are made (the escalation takes the due date from its own
    // timer), and writing it with its history for every task cost more than the rest of the SLA
    // bookkeeping
    if (ownScope) {
      execution.setVariableLocal(SlaVariables.DUE_DATE, Variables.dateValue(schedule.dueDate(), true));
      execution.setVariableLocal(SlaVariables.REMINDER_AT, Variables.dateValue(schedule.firstReminder(), true));
      execution.setVariableLocal(SlaVariables.REMINDER_CYCLE_DAYS,
          Variables.integerValue(schedule.reminderCycleDays(), true));
    }
    return schedule;
  }

  private static Instant submittedAt(DelegateExecution execution) {
    Object submitted = execution.getVariable(CaseVariables.SUBMITTED_AT);
    if (submitted == null) {
      return EngineClock.INSTANCE.instant();
    }
    if (submitted instanceof Date date) {
      return date.toInstant();
    }
    throw new IllegalStateException("'" + CaseVariables.SUBMITTED_AT + "' must be a date, not " + submitted);
  }

  record Schedule(Date dueDate, Date firstReminder, int reminderCycleDays) {
  }
}
