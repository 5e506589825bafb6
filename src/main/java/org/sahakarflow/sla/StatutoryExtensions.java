package org.sahakarflow.sla;

import java.time.LocalDate;
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
 * The one extension of the Registrar's statutory limit an Act may allow (Delhi: 90 days more
 * with the Government's approval), recorded by the State's Registrar before the limit expires.
 * It moves the case's limit timer; the breach and a deemed registration then follow the new date.
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
    ProcessInstance instance = EngineAccess.withoutAuthorization(() -> runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber).rootProcessInstances().active().listPage(0, 10)).stream()
        .filter(running -> limitTimer(running.getId()) != null).findFirst()
        .orElseThrow(() -> new NotFoundException("no case waiting on a statutory limit has the number " + caseNumber));
    String stateCode = (String) EngineAccess.withoutAuthorization(() ->
        runtime.getVariable(instance.getId(), CaseVariables.STATE_CODE));
    if (caller == null || caller.getGroupIds() == null
        || !caller.getGroupIds().contains(Groups.rcsState(stateCode))) {
      throw new NotFoundException("no case waiting on a statutory limit has the number " + caseNumber);
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
    Object submitted = EngineAccess.withoutAuthorization(() ->
        runtime.getVariable(instance.getId(), CaseVariables.SUBMITTED_AT));
    if (submitted instanceof Date submittedAt && approvedOn.isBefore(India.dateOf(submittedAt))) {
      throw new InvalidInputException("approvedOn", "the approval cannot predate the application, submitted on "
          + India.dateOf(submittedAt));
    }
    Job timer = limitTimer(instance.getId());
    StatutoryLimit limit = policy.statutoryLimit(stateCode, timer.getProcessDefinitionKey());
    if (limit.extensionDays() == 0) {
      throw new ConflictException("the statutory limit in " + stateCode + " cannot be extended");
    }
    Object earlier = EngineAccess.withoutAuthorization(() ->
        runtime.getVariable(instance.getId(), SlaVariables.EXTENSION_REFERENCE));
    if (earlier != null) {
      throw new ConflictException("the limit was extended once already (order " + earlier + "), to "
          + India.dateOf(timer.getDuedate()));
    }
    if (!EngineClock.date().before(timer.getDuedate())) {
      throw new ConflictException("the limit expired on " + India.dateOf(timer.getDuedate())
          + "; an extension is recorded before it expires");
    }
    LocalDate previousLastDay = India.dateOf(timer.getDuedate());
    LocalDate lastDay = previousLastDay.plusDays(limit.extensionDays());
    Date extended = India.endOf(lastDay);
    EngineAccess.withoutAuthorization(() -> {
      management.setJobDuedate(timer.getId(), extended);
      runtime.setVariable(instance.getId(), SlaVariables.STATUTORY_LIMIT, extended);
      runtime.setVariable(instance.getId(), SlaVariables.EXTENSION_REFERENCE, approvalReference.strip());
      runtime.setVariable(instance.getId(), SlaVariables.EXTENSION_APPROVED_ON, approvedOn.toString());
      runtime.setVariable(instance.getId(), SlaVariables.EXTENSION_RECORDED_BY, caller.getUserId());
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
