package org.sahakarflow.bylaws;

import org.camunda.bpm.engine.BadUserRequestException;
import org.sahakarflow.numbering.CaseNumbers;
import org.sahakarflow.society.Societies;
import org.sahakarflow.society.SocietyType;
import org.sahakarflow.system.CaseVariables;
import org.springframework.stereotype.Component;

/**
 * Opens an amendment case for a society already checked ({@code CaseSociety}): the amendment adopts
 * the Model Bye-laws for PACS, which a dairy or fisheries society cannot adopt; one amendment at a
 * time per society, numbered {@code RJ-UDR-BYLAW-2026-000007} and entered in the society's
 * amendment history.
 */
@Component
class AmendmentOpening {

  static final String KIND = "BYLAW";

  private final AmendmentRegister amendments;
  private final CaseNumbers numbers;

  AmendmentOpening(AmendmentRegister amendments, CaseNumbers numbers) {
    this.amendments = amendments;
    this.numbers = numbers;
  }

  String open(Societies.Society society, String processInstanceId, boolean directed) {
    if (!SocietyType.MPACS.name().equals(society.type())) {
      throw new BadUserRequestException(CaseVariables.REGISTRATION_NUMBER + ": the Model Bye-laws for PACS apply to PACS only; "
          + society.registrationNumber() + " is on record as a " + society.type() + " society");
    }
    if (amendments.hasOpenCase(society.registrationNumber())) {
      throw new BadUserRequestException(CaseVariables.REGISTRATION_NUMBER
          + ": an amendment of this society's bye-laws is already in progress");
    }
    String caseNumber = numbers.next(society.districtCode(), KIND);
    amendments.open(caseNumber, society.registrationNumber(), processInstanceId, directed);
    return caseNumber;
  }
}
