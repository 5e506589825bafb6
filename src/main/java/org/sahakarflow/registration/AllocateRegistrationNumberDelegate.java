package org.sahakarflow.registration;

import static org.sahakarflow.registration.RegistrationVariables.AREA_OF_OPERATION;
import static org.sahakarflow.registration.RegistrationVariables.BYE_LAW_VERSION;
import static org.sahakarflow.registration.RegistrationVariables.DECIDED_BY;
import static org.sahakarflow.registration.RegistrationVariables.DEEMED;
import static org.sahakarflow.registration.RegistrationVariables.REGISTRATION_DATE;
import static org.sahakarflow.registration.RegistrationVariables.VERIFICATION_CODE;
import static org.sahakarflow.system.CaseVariables.APPLICATION_NUMBER;
import static org.sahakarflow.system.CaseVariables.DEEMED_REGISTRATION_ON;
import static org.sahakarflow.system.CaseVariables.DISTRICT_CODE;
import static org.sahakarflow.system.CaseVariables.REGISTRATION_NUMBER;
import static org.sahakarflow.system.CaseVariables.SOCIETY_NAME;
import static org.sahakarflow.system.CaseVariables.SOCIETY_TYPE;
import static org.sahakarflow.system.CaseVariables.STATE_CODE;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sahakarflow.society.SocietyType;
import org.springframework.stereotype.Component;

/**
 * Enters the society in the register under its registration number. Runs synchronously after
 * the registrar's decision, in the decision's transaction: no decision without a number, no
 * number without a decision.
 */
@Component("allocateRegistrationNumber")
class AllocateRegistrationNumberDelegate implements JavaDelegate {

  private final SocietyRegister register;

  AllocateRegistrationNumberDelegate(SocietyRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean deemed = Boolean.TRUE.equals(execution.getVariable(DEEMED));
    SocietyRegister.Society society = register.register(new SocietyRegister.NewSociety(
        (String) execution.getVariable(APPLICATION_NUMBER),
        required(execution, SOCIETY_NAME),
        SocietyType.valueOf(required(execution, SOCIETY_TYPE)),
        required(execution, STATE_CODE),
        required(execution, DISTRICT_CODE),
        (String) execution.getVariable(AREA_OF_OPERATION),
        (String) execution.getVariable(DECIDED_BY),
        deemed,
        deemed ? LocalDate.parse(required(execution, DEEMED_REGISTRATION_ON)) : null,
        (String) execution.getVariable(BYE_LAW_VERSION)));
    execution.setVariable(REGISTRATION_NUMBER, society.registrationNumber());
    execution.setVariable(REGISTRATION_DATE, society.registeredOn().toString());
    execution.setVariable(VERIFICATION_CODE, society.verificationCode());
  }

  private static String required(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    if (value == null) {
      throw new IllegalStateException("cannot register a society without its '" + name + "'");
    }
    return value.toString();
  }
}
