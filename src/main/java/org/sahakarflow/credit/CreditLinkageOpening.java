package org.sahakarflow.credit;

import org.sahakarflow.numbering.CaseNumbers;
import org.sahakarflow.society.Societies;
import org.sahakarflow.system.CaseConflict;
import org.sahakarflow.system.CaseVariables;
import org.springframework.stereotype.Component;

/**
 * Opens a linkage for a society already checked ({@code CaseSociety}): one linkage at a time per
 * society, numbered {@code RJ-UDR-CREDIT-2026-000007} and entered in the credit register.
 */
@Component
class CreditLinkageOpening {

  static final String KIND = "CREDIT";

  private final CreditRegister register;
  private final CaseNumbers numbers;

  CreditLinkageOpening(CreditRegister register, CaseNumbers numbers) {
    this.register = register;
    this.numbers = numbers;
  }

  String open(Societies.Society society, String processInstanceId) {
    register.openCase(society.registrationNumber()).ifPresent(open -> {
      throw new CaseConflict(CaseVariables.REGISTRATION_NUMBER, "the society's credit linkage " + open
          + " is still open; it must end before another starts");
    });
    String applicationNumber = numbers.next(society.districtCode(), KIND);
    register.open(processInstanceId, applicationNumber, society.registrationNumber(), society.districtCode());
    return applicationNumber;
  }
}
