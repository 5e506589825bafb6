package org.sahakarflow.registration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.sahakarflow.identity.RegisteringOfficers;
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
  private final ApplicationValidator validator;
  private final FeeAndDeposit feeAndDeposit;
  private final RegisteringOfficers officers;
  private final ApplicationLocality locality;

  AcknowledgeApplicationListener(ApplicationReceipt receipt, ApplicationValidator validator,
      FeeAndDeposit feeAndDeposit, RegisteringOfficers officers, ApplicationLocality locality) {
    this.locality = locality;
    this.receipt = receipt;
    this.validator = validator;
    this.feeAndDeposit = feeAndDeposit;
    this.officers = officers;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String processKey = execution.getProcessDefinitionId().split(":")[0];
    SocietyType type = SocietyType.ofProcessKey(processKey);
    String number = receipt.receive(type, execution.getVariables(), execution.getProcessInstanceId(), processKey);
    execution.setProcessBusinessKey(number);
    execution.setVariable(CaseVariables.APPLICATION_NUMBER, number);
    execution.setVariable(CaseVariables.SOCIETY_TYPE, type.name());
    execution.setVariable(CaseVariables.SUBMITTED_AT, EngineClock.date());
    execution.setVariable(RegisteringOfficers.VARIABLE, officers.group((String) execution.getVariable(CaseVariables.STATE_CODE),
        (String) execution.getVariable(CaseVariables.DISTRICT_CODE), type.name()));
    // what was due and asked when it was filed stays on the file, whatever the reference data says later
    RegistrationRequest request = validator.fromVariables(type, execution.getVariables());
    FeeAndDeposit.Assessment assessed = feeAndDeposit.assess(request);
    execution.setVariable(RegistrationVariables.REGISTRATION_FEE_DUE, assessed.feeDue().doubleValue());
    execution.setVariable(RegistrationVariables.REGISTRATION_FEE_BASIS, assessed.feeBasis());
    execution.setVariable(RegistrationVariables.DEPOSIT_PROOF_REQUIRED, assessed.depositProofRequired());
    // the block and panchayat as the district's lists write them, so that one panchayat is one name
    ApplicationLocality.Locality place = locality.of(request.districtCode(), request.block(), request.gramPanchayat());
    execution.setVariable("block", place.block());
    execution.setVariable("gramPanchayat", place.gramPanchayat());
    execution.setVariable(RegistrationVariables.GRAM_PANCHAYAT_LGD_CODE, place.gramPanchayatLgdCode());
  }
}
