package org.sahakarflow.registration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.sahakarflow.engine.CaseDecisions;
import org.sahakarflow.society.SocietyType;
import org.sahakarflow.system.CaseVariables;
import org.springframework.stereotype.Component;

/** Checks the application against its State's thresholds; the model routes on {@code eligible}. */
@Component("checkEligibility")
class CheckEligibilityDelegate implements JavaDelegate {

  static final String FAILURES = "eligibilityFailures";
  static final String REPORT = "eligibilityReport";

  private final EligibilityRules rules;
  private final ObjectMapper json;

  CheckEligibilityDelegate(EligibilityRules rules, ObjectMapper json) {
    this.rules = rules;
    this.json = json;
  }

  private List<String> areaStates(Object value) throws JsonProcessingException {
    return value == null ? List.of() : json.readValue(value.toString(), new TypeReference<List<String>>() { });
  }

  @Override
  public void execute(DelegateExecution execution) throws JsonProcessingException {
    String state = (String) execution.getVariable(CaseVariables.STATE_CODE);
    SocietyType type = SocietyType.valueOf((String) execution.getVariable(CaseVariables.SOCIETY_TYPE));
    Promoters promoters = Promoters.of(execution.getVariable("promoters"));
    Object paid = execution.getVariable("shareCapitalPaid");
    boolean multiState = Boolean.TRUE.equals(execution.getVariable(CaseVariables.MULTI_STATE));
    EligibilityCheck.Application application = new EligibilityCheck.Application(state,
        promoters.distinctHouseholds(),
        paid == null ? 0 : ((Number) paid).doubleValue(),
        Boolean.TRUE.equals(execution.getVariable("modelByeLawsAdopted")),
        multiState ? areaStates(execution.getVariable(RegistrationVariables.AREA_STATES)) : List.of(),
        promoters.householdsByState());
    List<EligibilityCheck.Failure> failures = EligibilityCheck.failures(application,
        rules.thresholdsFor(CaseDecisions.deploymentOf(execution), state, type, multiState));
    execution.setVariable(RegistrationVariables.ELIGIBLE, failures.isEmpty());
    if (failures.isEmpty()) {
      // only the revise-application form reads them; an eligible case (nearly every case) keeps none
      execution.removeVariable(FAILURES);
      execution.removeVariable(REPORT);
      return;
    }
    execution.setVariable(FAILURES, SpinValues.jsonValue(json.writeValueAsString(failures)).create());
    execution.setVariable(REPORT, failures.stream().map(f -> "• " + f.reason()).collect(Collectors.joining("\n")));
  }
}
