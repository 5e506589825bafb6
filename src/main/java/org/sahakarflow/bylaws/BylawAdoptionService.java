package org.sahakarflow.bylaws;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.sahakarflow.identity.Groups;
import org.sahakarflow.society.Societies;
import org.sahakarflow.system.CaseVariables;
import org.sahakarflow.system.InvalidInputException;
import org.springframework.stereotype.Service;

/** Starts amendment cases: the society's secretary proposes one, or the Registrar directs one. */
@Service
class BylawAdoptionService {

  private final RuntimeService runtime;
  private final IdentityService identity;
  private final Societies societies;
  private final ProcessEngineConfigurationImpl configuration;

  BylawAdoptionService(RuntimeService runtime, IdentityService identity, Societies societies,
      ProcessEngineConfiguration configuration) {
    this.runtime = runtime;
    this.identity = identity;
    this.societies = societies;
    this.configuration = (ProcessEngineConfigurationImpl) configuration;
  }

  /** As the signed-in secretary: checked by Camunda (start right) and by the case's start listener. */
  String propose(String registrationNumber) {
    Societies.Society society = society(registrationNumber);
    return runtime.startProcessInstanceByKey(BylawAdoption.PROCESS,
        Map.of(CaseVariables.REGISTRATION_NUMBER, society.registrationNumber(),
            CaseVariables.STATE_CODE, society.stateCode(), CaseVariables.DISTRICT_CODE, society.districtCode()))
        .getBusinessKey();
  }

  /**
   * As the district's registering officer or the State's Registrar. Officers hold no right to
   * start cases in Camunda (their groups are per district, the model's starters are fixed), so
   * the right is checked here against the society's district, and the case is started on their
   * behalf; the society's secretary becomes its applicant.
   */
  String direct(String registrationNumber, String reasons) {
    return direct(registrationNumber, reasons, null);
  }

  /** @param complyWithinDays the days the Registrar gives the society; null for the State's default */
  String direct(String registrationNumber, String reasons, Integer complyWithinDays) {
    Societies.Society society = society(registrationNumber);
    Authentication officer = identity.getCurrentAuthentication();
    List<String> groups = officer == null || officer.getGroupIds() == null ? List.of() : officer.getGroupIds();
    if (!groups.contains(Groups.rcsDistrict(society.districtCode()))
        && !groups.contains(Groups.rcsState(society.stateCode()))) {
      throw new AuthorizationException("only the Registrar of " + society.districtCode()
          + " may direct this society to amend its bye-laws");
    }
    List<String> secretaries = societies.secretaries(society.registrationNumber());
    if (secretaries.isEmpty()) {
      throw new InvalidInputException("registrationNumber", "the society has no secretary on record to act on the direction");
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(CaseVariables.REGISTRATION_NUMBER, society.registrationNumber());
    variables.put(CaseVariables.STATE_CODE, society.stateCode());
    variables.put(CaseVariables.DISTRICT_CODE, society.districtCode());
    variables.put(CaseVariables.APPLICANT_ID, secretaries.get(0));
    variables.put(BylawAdoption.DIRECTED_BY, officer.getUserId());
    variables.put(BylawAdoption.DIRECTION_REASONS, reasons);
    if (complyWithinDays != null) {
      variables.put(BylawAdoption.COMPLY_WITHIN_DAYS, complyWithinDays);
    }
    ProcessInstance started = configuration.getCommandExecutorTxRequired().execute(context ->
        context.runWithoutAuthorization(() -> runtime.createMessageCorrelation(BylawAdoption.DIRECTED_MESSAGE)
            .setVariables(variables).correlateStartMessage()));
    return started.getBusinessKey();
  }

  private Societies.Society society(String registrationNumber) {
    return societies.find(registrationNumber)
        .orElseThrow(() -> new InvalidInputException("registrationNumber", "no society with this registration number is on record"));
  }
}
