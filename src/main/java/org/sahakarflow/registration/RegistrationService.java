package org.sahakarflow.registration;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.sahakarflow.system.ConflictException;
import org.sahakarflow.system.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starts registration cases for front ends other than Tasklist; the process does the rest. */
@Service
class RegistrationService {

  private final RuntimeService runtime;
  private final EligibilityRules rules;
  private final ObjectMapper json;
  private final NameReservations names;
  private final IdentityService identity;

  RegistrationService(RuntimeService runtime, EligibilityRules rules, ObjectMapper json, NameReservations names,
      IdentityService identity) {
    this.runtime = runtime;
    this.rules = rules;
    this.json = json;
    this.names = names;
    this.identity = identity;
  }

  /**
   * The case's start listener holds the application to {@link ApplicationValidator}'s rules, once,
   * in this transaction; a refusal after the start (too few promoters) rolls the case back whole.
   */
  @Transactional
  public Submitted submit(RegistrationRequest request) {
    refuseRepeat(request);
    ProcessInstance instance = runtime.startProcessInstanceByKey(
        request.societyType().processKey(), request.variables(json));
    refuseTooFewPromoters(request);
    return new Submitted(instance.getBusinessKey(), instance.getId());
  }

  /** A request sent again (a client that timed out) names the case the first one opened. */
  private void refuseRepeat(RegistrationRequest request) {
    Authentication caller = identity.getCurrentAuthentication();
    if (caller == null) {
      return;
    }
    names.openApplicationOf(caller.getUserId(), request.stateCode(), request.districtCode(),
        request.societyType().name(), request.societyName()).ifPresent(number -> {
          throw new ConflictException("you have filed this application already: " + number
              + " is open (send an Idempotency-Key header to have a resent request answered with it)");
        });
  }

  /**
   * Other front ends get the State's promoter minimum at once, as a 400; Tasklist applicants see it
   * among all failed rules when the case returns to them for revision.
   */
  private void refuseTooFewPromoters(RegistrationRequest request) {
    int minimum = rules.thresholdsFor(null, request.stateCode(), request.societyType(), request.multiState()).minPromoters();
    List<EligibilityCheck.Failure> shortfalls = EligibilityCheck.promoterShortfalls(new EligibilityCheck.Application(
        request.stateCode(), request.households(), 0, false,
        request.multiState() ? request.distinctAreaStates() : List.of(), request.householdsByState()), minimum);
    if (!shortfalls.isEmpty()) {
      throw new InvalidInputException(shortfalls.stream()
          .map(f -> new InvalidInputException.FieldProblem(f.rule(), f.reason())).toList());
    }
  }

  record Submitted(String applicationNumber, String processInstanceId) {
  }
}
