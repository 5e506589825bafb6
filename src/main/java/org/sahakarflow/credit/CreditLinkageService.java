package org.sahakarflow.credit;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.sahakarflow.identity.CaseAccess;
import org.sahakarflow.society.Societies;
import org.sahakarflow.system.ConflictException;
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
        .orElseThrow(() -> new InvalidInputException(CreditLinkage.REGISTRATION_NUMBER,
            "no society with this registration number is on record"));
    try {
      return runtime.startProcessInstanceByKey(CreditLinkage.PROCESS, Map.of(
          CreditLinkage.REGISTRATION_NUMBER, society.registrationNumber(),
          CaseAccess.STATE, society.stateCode(), CaseAccess.DISTRICT, society.districtCode())).getBusinessKey();
    } catch (OpenCreditLinkageListener.StillOpen e) {
      throw new ConflictException(e.getMessage().substring(e.getMessage().indexOf(": ") + 2));
    }
  }
}
