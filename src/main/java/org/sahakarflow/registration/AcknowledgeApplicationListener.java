package org.sahakarflow.registration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.sahakarflow.society.SocietyType;
import org.sahakarflow.system.CaseVariables;
import org.sahakarflow.system.EngineClock;
import org.springframework.stereotype.Component;

/**
 * Gives every application its acknowledgement number the moment it is submitted, whichever
 * front end submitted it, and makes that number the case's business key
 * ({@code RJ-UDR-MPACS-2026-000123}).
 */
@Component("acknowledgeApplication")
class AcknowledgeApplicationListener implements ExecutionListener {

  private final ApplicationReceipt receipt;
  private final ReadPromoterListListener promoterList;

  AcknowledgeApplicationListener(ApplicationReceipt receipt, ReadPromoterListListener promoterList) {
    this.receipt = receipt;
    this.promoterList = promoterList;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String processKey = execution.getProcessDefinitionId().split(":")[0];
    SocietyType type = SocietyType.ofProcessKey(processKey);
    promoterList.apply(execution);
    String number = receipt.receive(type, execution.getVariables(), execution.getProcessInstanceId(), processKey);
    execution.setProcessBusinessKey(number);
    execution.setVariable(CaseVariables.APPLICATION_NUMBER, number);
    execution.setVariable(CaseVariables.SOCIETY_TYPE, type.name());
    execution.setVariable(CaseVariables.SUBMITTED_AT, EngineClock.date());
  }
}
