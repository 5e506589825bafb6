package org.sahakarflow.registration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.sahakarflow.society.SocietyType;
import org.sahakarflow.system.CaseVariables;
import org.sahakarflow.system.EngineClock;
import org.sahakarflow.system.FieldRefusal;
import org.sahakarflow.system.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Gives every application its acknowledgement number the moment it is submitted, whichever
 * front end submitted it, and makes that number the case's business key
 * ({@code RJ-UDR-MPACS-2026-000123}).
 */
@Component("acknowledgeApplication")
class AcknowledgeApplicationListener implements ExecutionListener {

  private final ApplicationRegister register;
  private final ApplicationValidator validator;
  private final ReadPromoterListListener promoterList;

  AcknowledgeApplicationListener(ApplicationRegister register, ApplicationValidator validator,
      ReadPromoterListListener promoterList) {
    this.register = register;
    this.validator = validator;
    this.promoterList = promoterList;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String processKey = execution.getProcessDefinitionId().split(":")[0];
    SocietyType type = SocietyType.ofProcessKey(processKey);
    promoterList.apply(execution);
    try {
      validator.validate(validator.fromVariables(type, execution.getVariables()));
    } catch (InvalidInputException e) {
      throw new FieldRefusal(e.problems());
    }
    String number = register.receive(new ApplicationRegister.Entry(type,
        (String) execution.getVariable(CaseVariables.SOCIETY_NAME),
        (String) execution.getVariable(CaseVariables.STATE_CODE),
        (String) execution.getVariable(CaseVariables.DISTRICT_CODE),
        (String) execution.getVariable(CaseVariables.APPLICANT_ID),
        execution.getProcessInstanceId(), processKey));
    execution.setProcessBusinessKey(number);
    execution.setVariable(CaseVariables.APPLICATION_NUMBER, number);
    execution.setVariable(CaseVariables.SOCIETY_TYPE, type.name());
    execution.setVariable("submittedAt", EngineClock.date());
  }
}
