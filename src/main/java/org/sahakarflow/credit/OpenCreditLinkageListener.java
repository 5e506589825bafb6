package org.sahakarflow.credit;

import java.time.Year;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.sahakarflow.identity.CaseAccess;
import org.sahakarflow.numbering.NumberSequence;
import org.sahakarflow.society.Societies;
import org.springframework.stereotype.Component;

/**
 * Opens a linkage for a society on record, in its State and district: asked for by its secretary
 * (Tasklist start form) or by the registration of an M-PACS (start message; the promoter who
 * applied acts for the new society). Numbers the case {@code RJ-UDR-CREDIT-2026-000007}.
 */
@Component("openCreditLinkage")
class OpenCreditLinkageListener implements ExecutionListener {

  private final Societies societies;
  private final CreditRegister register;
  private final NumberSequence numbers;

  OpenCreditLinkageListener(Societies societies, CreditRegister register, NumberSequence numbers) {
    this.societies = societies;
    this.register = register;
    this.numbers = numbers;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Object number = execution.getVariable(CreditLinkage.REGISTRATION_NUMBER);
    Societies.Society society = number == null ? null : societies.find(number.toString().trim()).orElse(null);
    // engine REST answers 400 with these messages ("field: reason"), which Tasklist shows on the start form
    if (society == null) {
      throw new BadUserRequestException(CreditLinkage.REGISTRATION_NUMBER + ": no society with this registration number is on record");
    }
    if (!society.stateCode().equals(execution.getVariable(CaseAccess.STATE))
        || !society.districtCode().equals(execution.getVariable(CaseAccess.DISTRICT))) {
      throw new BadUserRequestException(CreditLinkage.REGISTRATION_NUMBER + ": the society is registered in "
          + society.districtCode() + ", not in the State and district given");
    }
    String applicant = (String) execution.getVariable(CaseAccess.APPLICANT);
    boolean byRegistration = execution.getVariable("registeredBy") != null;
    if (!byRegistration && !societies.isSecretary(applicant, society.registrationNumber())) {
      throw new BadUserRequestException(CreditLinkage.REGISTRATION_NUMBER + ": only the society's secretary may seek its credit linkage");
    }
    register.openCase(society.registrationNumber()).ifPresent(open -> {
      throw new StillOpen(CreditLinkage.REGISTRATION_NUMBER + ": the society's credit linkage " + open
          + " is still open; it must end before another starts");
    });
    int year = Year.from(CreditRegister.today()).getValue();
    String scope = society.districtCode() + "-CREDIT-" + year;
    String applicationNumber = String.format("%s-%06d", scope, numbers.next(scope));
    register.open(execution.getProcessInstanceId(), applicationNumber, society.registrationNumber(), society.districtCode());
    execution.setProcessBusinessKey(applicationNumber);
    execution.setVariable(CreditLinkage.APPLICATION_NUMBER, applicationNumber);
    execution.setVariable(CreditLinkage.REGISTRATION_NUMBER, society.registrationNumber());
    execution.setVariable(CreditLinkage.SOCIETY_NAME, society.name());
    execution.setVariable("societyType", society.type());
    if (execution.getVariable(CreditLinkage.APPLICANT_EMAIL) == null) {
      execution.setVariable(CreditLinkage.APPLICANT_EMAIL, emailOf(applicant));
    }
  }

  private static String emailOf(String userId) {
    if (userId == null) {
      return null;
    }
    User user = Context.getCommandContext().runWithoutAuthorization(() -> Context.getProcessEngineConfiguration()
        .getIdentityService().createUserQuery().userId(userId).singleResult());
    return user == null ? null : user.getEmail();
  }

  /** A second linkage while one is open: Tasklist shows the message, the API answers 409. */
  static class StillOpen extends BadUserRequestException {
    StillOpen(String message) {
      super(message);
    }
  }
}
