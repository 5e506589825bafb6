package org.sahakarflow.registration;

import java.time.Year;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Gives every application its acknowledgement number the moment it is submitted, whichever
 * front end submitted it, and makes that number the case's business key
 * ({@code RJ-UDR-MPACS-2026-000123}).
 */
@Component("acknowledgeApplication")
class AcknowledgeApplicationListener implements ExecutionListener {

  static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

  private final ApplicationRegister register;

  AcknowledgeApplicationListener(ApplicationRegister register) {
    this.register = register;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String processKey = execution.getProcessDefinitionId().split(":")[0];
    SocietyType type = SocietyType.ofProcessKey(processKey);
    String district = (String) execution.getVariable("districtCode");
    int year = Year.from(ClockUtil.getCurrentTime().toInstant().atZone(INDIA)).getValue();
    String number = register.receive(new ApplicationRegister.Entry(type,
        (String) execution.getVariable("societyName"), (String) execution.getVariable("stateCode"),
        district, (String) execution.getVariable("applicantId"),
        execution.getProcessInstanceId(), processKey), year);
    execution.setProcessBusinessKey(number);
    execution.setVariable("applicationNumber", number);
    execution.setVariable("societyType", type.name());
  }
}
