package org.sahakarflow.credit;

/** Ids and variable names of {@code bpmn/dccb-credit-linkage.bpmn}. */
final class CreditLinkage {

  static final String PROCESS = "dccb-credit-linkage";
  static final String REQUESTED_MESSAGE = "dccb-credit-linkage-requested";

  static final String APPLICATION_NUMBER = "applicationNumber";
  static final String REGISTRATION_NUMBER = "registrationNumber";
  static final String SOCIETY_NAME = "societyName";
  static final String APPLICANT_EMAIL = "chiefPromoterEmail";
  static final String RESOLUTION_NUMBER = "resolutionNumber";
  static final String OWNED_FUNDS = "ownedFunds";
  static final String BORROWING_LIMIT = "borrowingLimit";
  static final String BORROWING_MULTIPLE = "borrowingMultiple";
  static final String SHARE_MONEY_PAID = "shareMoneyPaid";
  static final String SHARE_MONEY_DUE = "shareMoneyDue";
  static final String ADMISSION = "admission";
  static final String SANCTION = "sanction";
  static final String REASONS = "reasons";
  static final String KCC_LINES = "kccDemandLines";
  static final String KCC_DEMAND = "kccDemand";
  static final String KCC_DEMAND_TOTAL = "kccDemandTotal";
  static final String SANCTIONED_LIMIT = "sanctionedLimit";
  static final String VALID_UNTIL = "validUntil";

  static final String ADMIT = "ADMIT";
  static final String GRANT = "SANCTION";
  static final String REFUSE = "REFUSE";

  static final String END_SANCTIONED = "End_LimitSanctioned";
  static final String END_REFUSED = "End_Refused";

  private CreditLinkage() {
  }
}
