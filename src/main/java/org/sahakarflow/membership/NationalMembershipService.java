package org.sahakarflow.membership;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.sahakarflow.society.Societies;
import org.sahakarflow.system.CaseVariables;
import org.sahakarflow.system.InvalidInputException;
import org.springframework.stereotype.Service;

/**
 * Starts an application as the signed-in secretary: checked by Camunda (start right) and by the
 * case's start listener, which also holds the one-open-application rule. The figures are checked
 * here first too, so that every bad field is named at once.
 */
@Service
class NationalMembershipService {

  private final RuntimeService runtime;
  private final Societies societies;
  private final MembershipMoney money;

  NationalMembershipService(RuntimeService runtime, Societies societies, MembershipMoney money) {
    this.runtime = runtime;
    this.societies = societies;
    this.money = money;
  }

  String apply(NationalMembershipController.Application application) {
    Societies.Society society = societies.find(application.registrationNumber().trim())
        .orElseThrow(() -> new InvalidInputException(CaseVariables.REGISTRATION_NUMBER,
            "no society with this registration number is on record"));
    NationalSociety national = NationalSociety.of(application.nationalSociety()).orElseThrow();
    MembershipMoney.Reckoning reckoning = money.reckon(national, society.type(),
        application.sharesSubscribed(), application.amountPaid());
    if (!reckoning.valid()) {
      throw new InvalidInputException(reckoning.problems());
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(CaseVariables.REGISTRATION_NUMBER, society.registrationNumber());
    variables.put(CaseVariables.STATE_CODE, society.stateCode());
    variables.put(CaseVariables.DISTRICT_CODE, society.districtCode());
    variables.put(CaseVariables.NATIONAL_SOCIETY, national.name());
    variables.put(NationalMembership.BOARD_RESOLUTION_NUMBER, application.boardResolutionNumber().trim());
    variables.put(NationalMembership.BOARD_RESOLUTION_DATE, application.boardResolutionDate().toString());
    variables.put(NationalMembership.AUTHORISED_SIGNATORY, application.authorisedSignatory().trim());
    if (application.sharesSubscribed() != null) {
      variables.put(NationalMembership.SHARES_SUBSCRIBED, application.sharesSubscribed().longValue());
    }
    variables.put(NationalMembership.AMOUNT_PAID, application.amountPaid());
    variables.put(NationalMembership.PAYMENT_REFERENCE, application.paymentReference().trim());
    return runtime.startProcessInstanceByKey(NationalMembership.PROCESS, variables).getBusinessKey();
  }
}
