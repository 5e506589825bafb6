package org.sahakarflow.credit;

/** Ids and variable names of {@code bpmn/dccb-credit-linkage.bpmn}. */
final class CreditLinkage {

  static final String PROCESS = "dccb-credit-linkage";
  static final String REQUESTED_MESSAGE = "dccb-credit-linkage-requested";

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

  static final String APPRAISAL_OUTCOME = "appraisalOutcome";
  static final String QUERY_TEXT = "queryText";
  static final String DOCUMENTS_EXECUTED = "documentsExecuted";
  static final String INTEREST_RATE = "interestRateToFarmers";
  static final String LARGEST_LOAN = "largestLoanPerFarmer";
  static final String REFINANCE_ELIGIBLE = "refinanceEligible";
  static final String REFINANCE_REASON = "refinanceReason";

  static final String END_REFINANCED = "End_Refinanced";
  static final String END_NOT_REFINANCED = "End_RefinanceIneligible";
  static final String END_LAPSED = "End_Lapsed";
  static final String END_REFUSED = "End_Refused";

  private CreditLinkage() {
  }
}
