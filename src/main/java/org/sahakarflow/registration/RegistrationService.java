package org.sahakarflow.registration;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.sahakarflow.system.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starts registration cases for front ends other than Tasklist; the process does the rest. */
@Service
class RegistrationService {

  private final RuntimeService runtime;
  private final EligibilityRules rules;
  private final ObjectMapper json;

  RegistrationService(RuntimeService runtime, EligibilityRules rules, ObjectMapper json) {
    this.runtime = runtime;
    this.rules = rules;
    this.json = json;
  }

  /**
   * The case's start listener holds the application to {@link ApplicationValidator}'s rules, once,
   * in this transaction; a refusal after the start (too few promoters) rolls the case back whole.
   */
  @Transactional
  public Submitted submit(RegistrationRequest request) {
    ProcessInstance instance = runtime.startProcessInstanceByKey(
        request.societyType().processKey(), request.variables(json));
    refuseTooFewPromoters(request);
    return new Submitted(instance.getBusinessKey(), instance.getId());
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
