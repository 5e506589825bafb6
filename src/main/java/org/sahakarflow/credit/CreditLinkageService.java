package org.sahakarflow.credit;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.sahakarflow.society.Societies;
import org.sahakarflow.system.CaseVariables;
import org.sahakarflow.system.InvalidInputException;
import org.springframework.stereotype.Service;

/**
 * Starts a linkage as the signed-in secretary: checked by Camunda (start right) and by the start
 * listener.
 */
@Service
class CreditLinkageService {

  private final RuntimeService runtime;
  private final Societies societies;

  CreditLinkageService(RuntimeService runtime, Societies societies) {
    this.runtime = runtime;
    this.societies = societies;
  }

  String request(String registrationNumber) {
    Societies.Society society = societies.find(registrationNumber)
        .orElseThrow(() -> new InvalidInputException(CaseVariables.REGISTRATION_NUMBER,
            "no society with this registration number is on record"));
    return runtime.startProcessInstanceByKey(CreditLinkage.PROCESS, Map.of(
        CaseVariables.REGISTRATION_NUMBER, society.registrationNumber(),
        CaseVariables.STATE_CODE, society.stateCode(), CaseVariables.DISTRICT_CODE, society.districtCode())).getBusinessKey();
  }
}
