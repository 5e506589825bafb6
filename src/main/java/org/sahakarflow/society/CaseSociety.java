package org.sahakarflow.society;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.sahakarflow.system.CaseVariables;
import org.springframework.stereotype.Component;

/**
 * The society a case is opened for, checked alike by every feature that opens one: on record,
 * registered in the State and district the case is filed in, and acted for by whoever opens it.
 * A refusal reads {@code registrationNumber: reason}, which engine REST answers with 400 and
 * Tasklist shows on the start form.
 */
@Component
public class CaseSociety {

  private final Societies societies;

  CaseSociety(Societies societies) {
    this.societies = societies;
  }

  /** The society the starting case names, in the State and district it is filed in. */
  public Societies.Society of(DelegateExecution execution) {
    return onRecord(execution.getVariable(CaseVariables.REGISTRATION_NUMBER),
        execution.getVariable(CaseVariables.STATE_CODE), execution.getVariable(CaseVariables.DISTRICT_CODE));
  }

  /**
   * The society the starting case names, which the user opening it acts for as its secretary;
   * {@code purpose} completes "only the society's secretary may ...".
   */
  public Societies.Society actedFor(DelegateExecution execution, String purpose) {
    Societies.Society society = of(execution);
    requireSecretary((String) execution.getVariable(CaseVariables.APPLICANT_ID), society, purpose);
    return society;
  }

  /** The case is open: its number is its business key, and it holds the society's number and name. */
  public static void opened(DelegateExecution execution, String caseNumber, Societies.Society society) {
    execution.setProcessBusinessKey(caseNumber);
    execution.setVariable(CaseVariables.APPLICATION_NUMBER, caseNumber);
    execution.setVariable(CaseVariables.REGISTRATION_NUMBER, society.registrationNumber());
    execution.setVariable(CaseVariables.SOCIETY_NAME, society.name());
  }

  private Societies.Society onRecord(Object registrationNumber, Object stateCode, Object districtCode) {
    Societies.Society society = registrationNumber == null || registrationNumber.toString().isBlank() ? null
        : societies.find(registrationNumber.toString().trim()).orElse(null);
    if (society == null) {
      throw refusal("no society with this registration number is on record");
    }
    if (!society.stateCode().equals(stateCode) || !society.districtCode().equals(districtCode)) {
      throw refusal("the society is registered in " + society.districtCode()
          + ", not in the State and district given");
    }
    return society;
  }

  /** {@code purpose} completes "only the society's secretary may ...", e.g. "amend its bye-laws". */
  public void requireSecretary(String userId, Societies.Society society, String purpose) {
    if (!societies.isSecretary(userId, society.registrationNumber())) {
      throw refusal("only the society's secretary may " + purpose);
    }
  }

  private static BadUserRequestException refusal(String reason) {
    return new BadUserRequestException(CaseVariables.REGISTRATION_NUMBER + ": " + reason);
  }
}
