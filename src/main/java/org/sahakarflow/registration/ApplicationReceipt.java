package org.sahakarflow.registration;

import java.util.Map;
import org.sahakarflow.society.SocietyType;
import org.sahakarflow.system.CaseVariables;
import org.sahakarflow.system.FieldRefusal;
import org.sahakarflow.system.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Receives an application, whichever front end submitted it: held once to
 * {@link ApplicationValidator}'s rules, then entered in the register under its acknowledgement
 * number, which it returns. A refusal names each field, as the start form and the API show it.
 */
@Component
class ApplicationReceipt {

  private final ApplicationRegister register;
  private final ApplicationValidator validator;

  ApplicationReceipt(ApplicationRegister register, ApplicationValidator validator) {
    this.register = register;
    this.validator = validator;
  }

  String receive(SocietyType type, Map<String, Object> form, String processInstanceId, String processKey) {
    try {
      validator.validate(validator.fromVariables(type, form));
    } catch (InvalidInputException e) {
      throw new FieldRefusal(e.problems());
    }
    return register.receive(new ApplicationRegister.Entry(type, (String) form.get(CaseVariables.SOCIETY_NAME),
        (String) form.get(CaseVariables.STATE_CODE), (String) form.get(CaseVariables.DISTRICT_CODE),
        (String) form.get(CaseVariables.APPLICANT_ID), processInstanceId, processKey));
  }
}
