package org.sahakarflow.sla;

import java.time.LocalDate;
import java.time.Period;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.sahakarflow.engine.EngineAccess;
import org.sahakarflow.identity.Groups;
import org.sahakarflow.system.CaseVariables;
import org.sahakarflow.system.ConflictException;
import org.sahakarflow.system.EngineClock;
import org.sahakarflow.system.India;
import org.sahakarflow.system.InvalidInputException;
import org.sahakarflow.system.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Extensions of the Registrar's statutory limit, as the State's Act allows them
 * ({@code statutory-limit} in {@code sla-policy.dmn}): the Government's one extension (Delhi: 90
 * days more), recorded by the State's Registrar, or the applicant's own request (multi-State
 * societies: up to 2 months in all, in whole months). Either is made before the limit expires and
 * moves the case's limit timer; the breach and a deemed registration then follow the new date,
 * which is counted from submission (the limit and every extension granted added together).
 */
@Component
public class StatutoryExtensions {

  /** The start event of the statutory-limit event subprocess in every registration process. */
  static final String LIMIT_TIMER = "Start_StatutoryLimitReached";
  static final int MAX_REFERENCE = 120;

  private final RuntimeService runtime;
  private final ManagementService management;
  private final SlaPolicy policy;
  private final ProcessEngineConfigurationImpl engine;

  StatutoryExtensions(RuntimeService runtime, ManagementService management, SlaPolicy policy,
      ProcessEngine engine) {
    this.runtime = runtime;
    this.management = management;
    this.policy = policy;
    this.engine = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  /**
   * @return the limit before and after; 404 for a case the caller is not the State's Registrar of.
   *     The Registrar holds no engine right over the case's timer: the check here is the right.
   */
  @Transactional
  public Extension extend(String caseNumber, String approvalReference, LocalDate approvedOn,
      Authentication caller) {
    return engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(
        () -> extendAsRegistrar(caseNumber, approvalReference, approvedOn, caller)));
  }

  private Extension extendAsRegistrar(String caseNumber, String approvalReference, LocalDate approvedOn,
      Authentication caller) {
    ProcessInstance instance = waitingCase(caseNumber);
    String stateCode = variable(instance, CaseVariables.STATE_CODE);
    if (caller == null || caller.getGroupIds() == null
        || !caller.getGroupIds().contains(Groups.rcsState(stateCode))) {
      throw notFound(caseNumber);
    }
    if (approvalReference == null || approvalReference.isBlank() || approvalReference.length() > MAX_REFERENCE
        || approvalReference.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidInputException("approvalReference",
          "the number of the Government's order, one line of at most " + MAX_REFERENCE + " characters");
    }
    LocalDate today = EngineClock.today();
    if (approvedOn == null || approvedOn.isAfter(today)) {
      throw new InvalidInputException("approvedOn", "the date of the Government's approval, not after today");
    }
    Object submitted = variable(instance, CaseVariables.SUBMITTED_AT);
    if (submitted instanceof Date submittedAt && approvedOn.isBefore(India.dateOf(submittedAt))) {
      throw new InvalidInputException("approvedOn", "the approval cannot predate the application, submitted on "
          + India.dateOf(submittedAt));
    }
    Job timer = limitTimer(instance.getId());
    StatutoryLimit limit = policy.statutoryLimit(timer.getDeploymentId(), stateCode, timer.getProcessDefinitionKey());
    if (limit.extensionBy() != StatutoryLimit.ExtensionBy.GOVERNMENT) {
      throw new ConflictException("the statutory limit in " + stateCode + " cannot be extended by the Government"
          + (limit.extensionBy() == StatutoryLimit.ExtensionBy.APPLICANT ? "; the applicant may ask for more time" : ""));
    }
    Object earlier = variable(instance, SlaVariables.EXTENSION_REFERENCE);
    if (earlier != null) {
      throw new ConflictException("the limit was extended once already (order " + earlier + "), to "
          + India.dateOf(timer.getDuedate()));
    }
    refuseAfterExpiry(timer);
    Extension extension = move(instance, timer, caseNumber, limit, limit.extension());
    EngineAccess.withoutAuthorization(() -> {
      runtime.setVariable(instance.getId(), SlaVariables.EXTENSION_REFERENCE, approvalReference.strip());
      runtime.setVariable(instance.getId(), SlaVariables.EXTENSION_APPROVED_ON, approvedOn.toString());
      runtime.setVariable(instance.getId(), SlaVariables.EXTENSION_RECORDED_BY, caller.getUserId());
      return null;
    });
    return extension;
  }

  /**
   * The applicant asks for more time, in whole months, where the Act lets them (multi-State
   * societies: up to 2 months in all, before the limit expires).
   *
   * @return the limit before and after; 404 for a case the caller did not apply in
   */
  @Transactional
  public Extension extendAtApplicantsRequest(String caseNumber, Integer months, Authentication caller) {
    return engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(
        () -> extendAsApplicant(caseNumber, months, caller)));
  }

  private Extension extendAsApplicant(String caseNumber, Integer months, Authentication caller) {
    ProcessInstance instance = waitingCase(caseNumber);
    if (caller == null || caller.getUserId() == null
        || !caller.getUserId().equals(variable(instance, CaseVariables.APPLICANT_ID))) {
      throw notFound(caseNumber);
    }
    Job timer = limitTimer(instance.getId());
    String stateCode = variable(instance, CaseVariables.STATE_CODE);
    StatutoryLimit limit = policy.statutoryLimit(timer.getDeploymentId(), stateCode, timer.getProcessDefinitionKey());
    if (limit.extensionBy() != StatutoryLimit.ExtensionBy.APPLICANT) {
      throw new ConflictException("the Registrar's limit in " + stateCode
          + " cannot be extended at the applicant's request; only a multi-State society's can");
    }
    Object asked = variable(instance, SlaVariables.EXTENSION_MONTHS);
    int granted = asked instanceof Number number ? number.intValue() : 0;
    int allowed = (int) limit.extension().toTotalMonths();
    if (months == null || months < 1 || granted + months > allowed) {
      throw new InvalidInputException("months", granted >= allowed
          ? "the " + allowed + " months the Act allows have all been granted"
          : "a whole number of months from 1 to " + (allowed - granted) + ": the Act allows " + allowed
              + " in all" + (granted == 0 ? "" : " and " + granted + " have been granted"));
    }
    refuseAfterExpiry(timer);
    Extension extension = move(instance, timer, caseNumber, limit, Period.ofMonths(granted + months));
    EngineAccess.withoutAuthorization(() -> {
      runtime.setVariable(instance.getId(), SlaVariables.EXTENSION_MONTHS, granted + months);
      runtime.setVariable(instance.getId(), SlaVariables.EXTENSION_RECORDED_BY, caller.getUserId());
      return null;
    });
    return extension;
  }

  private ProcessInstance waitingCase(String caseNumber) {
    return EngineAccess.withoutAuthorization(() -> runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber).rootProcessInstances().active().listPage(0, 10)).stream()
        .filter(running -> limitTimer(running.getId()) != null).findFirst()
        .orElseThrow(() -> notFound(caseNumber));
  }

  private static NotFoundException notFound(String caseNumber) {
    return new NotFoundException("no case waiting on a statutory limit has the number " + caseNumber);
  }

  @SuppressWarnings("unchecked")
  private <T> T variable(ProcessInstance instance, String name) {
    return (T) EngineAccess.withoutAuthorization(() -> runtime.getVariable(instance.getId(), name));
  }

  private static void refuseAfterExpiry(Job timer) {
    if (!EngineClock.date().before(timer.getDuedate())) {
      throw new ConflictException("the limit expired on " + India.dateOf(timer.getDuedate())
          + "; an extension is recorded before it expires");
    }
  }

  private static LocalDate failNoSubmission(String caseNumber) {
    throw new IllegalStateException(caseNumber + " has no '" + CaseVariables.SUBMITTED_AT + "' to count its limit from");
  }

  /** Moves the limit to the limit and {@code extended} in all, from the day of submission. */
  private Extension move(ProcessInstance instance, Job timer, String caseNumber, StatutoryLimit limit,
      Period extended) {
    LocalDate previousLastDay = India.dateOf(timer.getDuedate());
    Object submitted = variable(instance, CaseVariables.SUBMITTED_AT);
    LocalDate lastDay = submitted instanceof Date submittedAt
        ? DueDateCalculator.statutoryLastDay(submittedAt.toInstant(), limit.limit().plus(extended))
        : failNoSubmission(caseNumber);
    Date end = India.endOf(lastDay);
    EngineAccess.withoutAuthorization(() -> {
      management.setJobDuedate(timer.getId(), end);
      runtime.setVariable(instance.getId(), SlaVariables.STATUTORY_LIMIT, end);
      return null;
    });
    return new Extension(caseNumber, previousLastDay, lastDay);
  }

  private Job limitTimer(String processInstanceId) {
    List<Job> timers = EngineAccess.withoutAuthorization(() -> management.createJobQuery()
        .processInstanceId(processInstanceId).activityId(LIMIT_TIMER).timers().listPage(0, 1));
    return timers.isEmpty() ? null : timers.get(0);
  }

  /** @param lastDay the limit now ends at the end of this day, India time */
  public record Extension(String caseNumber, LocalDate previousLastDay, LocalDate lastDay) {
  }
}
