package org.sahakarflow.bylaws;

import java.time.Year;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.sahakarflow.identity.CaseAccess;
import org.sahakarflow.numbering.NumberSequence;
import org.sahakarflow.society.Societies;
import org.sahakarflow.system.India;
import org.springframework.stereotype.Component;

/**
 * Opens an amendment case, from Tasklist, the API or the Registrar's direction alike: the society
 * must be on record in the State and district given, have no other amendment open, and the
 * secretary who starts it must act for it. Numbers the case ({@code RJ-UDR-BYLAW-2026-000007},
 * the business key) and enters it in the society's amendment history.
 */
@Component("openAmendment")
class OpenAmendmentListener implements ExecutionListener {

  private final Societies societies;
  private final AmendmentRegister amendments;
  private final NumberSequence numbers;

  OpenAmendmentListener(Societies societies, AmendmentRegister amendments, NumberSequence numbers) {
    this.societies = societies;
    this.amendments = amendments;
    this.numbers = numbers;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String registrationNumber = (String) execution.getVariable(BylawAdoption.REGISTRATION_NUMBER);
    Societies.Society society = registrationNumber == null ? null
        : societies.find(registrationNumber.trim()).orElse(null);
    // engine REST answers 400 with this message, which Tasklist shows on the start form
    if (society == null) {
      throw new BadUserRequestException("registrationNumber: no society with this registration number is on record");
    }
    if (!society.stateCode().equals(execution.getVariable(CaseAccess.STATE))
        || !society.districtCode().equals(execution.getVariable(CaseAccess.DISTRICT))) {
      throw new BadUserRequestException("registrationNumber: the society is registered in "
          + society.districtCode() + ", not in the State and district given");
    }
    boolean directed = execution.getVariable(BylawAdoption.DIRECTED_BY) != null;
    String secretary = (String) execution.getVariable(CaseAccess.APPLICANT);
    if (!societies.isSecretary(secretary, society.registrationNumber())) {
      throw new BadUserRequestException("registrationNumber: only the society's secretary may amend its bye-laws");
    }
    if (amendments.hasOpenCase(society.registrationNumber())) {
      throw new BadUserRequestException("registrationNumber: an amendment of this society's bye-laws is already in progress");
    }
    int year = Year.from(ClockUtil.getCurrentTime().toInstant().atZone(India.ZONE)).getValue();
    String scope = society.districtCode() + "-BYLAW-" + year;
    String caseNumber = String.format("%s-%06d", scope, numbers.next(scope));
    execution.setProcessBusinessKey(caseNumber);
    execution.setVariable(BylawAdoption.CASE_NUMBER, caseNumber);
    execution.setVariable(BylawAdoption.REGISTRATION_NUMBER, society.registrationNumber());
    execution.setVariable(BylawAdoption.SOCIETY_NAME, society.name());
    // the notices' recipient variable is named after registration's chief promoter; here it is the secretary
    execution.setVariable(BylawAdoption.SECRETARY_EMAIL, emailOf(secretary));
    amendments.open(caseNumber, society.registrationNumber(), execution.getProcessInstanceId(), directed);
  }

  private static String emailOf(String userId) {
    User user = Context.getCommandContext().runWithoutAuthorization(() -> Context.getProcessEngineConfiguration()
        .getIdentityService().createUserQuery().userId(userId).singleResult());
    return user == null ? null : user.getEmail();
  }
}
