package org.sahakarflow.registration;

/**
 * Registration's own process variables, beside the shared ones of {@code CaseVariables}: the
 * registrar's decision, the appeal, the society's registration and its certificate.
 */
final class RegistrationVariables {

  // set by the eligibility check, the scrutiny, the decision and the appeal's hearing
  static final String ELIGIBLE = "eligible";
  static final String SCRUTINY_OUTCOME = "scrutinyOutcome";
  static final String QUERY_TEXT = "queryText";
  /** The officer who raised the query: the one whose order a refusal for non-compliance is. */
  static final String QUERIED_BY = "queriedBy";
  static final String DECISION = "decision";
  static final String REFUSAL_REASONS = "refusalReasons";
  static final String APPEAL_ORDER = "appealOrder";
  static final String APPEAL_ORDER_REASONS = "appealOrderReasons";
  /** The last day an appeal against a refusal may be filed; the name stays reserved through it. */
  static final String APPEAL_DEADLINE = "appealDeadline";
  /** The registrar's written reasons for registering despite a negative formation verdict. */
  static final String REGISTRATION_REASONS = "registrationReasons";

  // the application's fee and deposit proof: filed by the applicant, reckoned at submission
  static final String AUTHORISED_SHARE_CAPITAL = "authorisedShareCapital";
  static final String REGISTRATION_FEE_PAID = "registrationFeePaid";
  static final String FEE_PAYMENT_REFERENCE = "feePaymentReference";
  static final String REGISTRATION_FEE_DUE = "registrationFeeDue";
  static final String REGISTRATION_FEE_BASIS = "registrationFeeBasis";
  static final String DEPOSIT_PROOF_REQUIRED = "depositProofRequired";

  // a multi-State society's application: the States it serves and where its registered office is
  static final String AREA_STATES = "areaStates";
  static final String OFFICE_STATE_CODE = "officeStateCode";
  static final String OFFICE_DISTRICT_CODE = "officeDistrictCode";

  // the formation agency's verdict, recorded when its step completes and handed to the registrar
  static final String FORMATION_AGENCY = "formationAgency";
  static final String FORMATION_VERDICT = "formationVerdict";
  static final String FORMATION_FINDINGS = "formationFindings";

  // read when the society is registered
  static final String AREA_OF_OPERATION = "areaOfOperation";
  static final String DECIDED_BY = "decidedBy";
  static final String DEEMED = "deemed";
  static final String BYE_LAW_VERSION = "byeLawVersion";

  // one M-PACS per gram panchayat: the panchayat's LGD code where its district's list gives one,
  // and, at scrutiny, whether a society or an open application already serves it, which, and the
  // officer's reasons for going ahead all the same
  static final String GRAM_PANCHAYAT_LGD_CODE = "gramPanchayatLgdCode";
  static final String PANCHAYAT_SERVED = "panchayatServed";
  static final String PANCHAYAT_SERVED_BY = "panchayatServedBy";
  static final String PANCHAYAT_OVERLAP_REASONS = "panchayatOverlapReasons";

  // written
  static final String REGISTRATION_DATE = "registrationDate";
  static final String VERIFICATION_CODE = "verificationCode";
  static final String CERTIFICATE = "certificate";
  static final String CERTIFICATE_URL = "certificateUrl";
  static final String CERTIFICATE_DOWNLOAD_URL = "certificateDownloadUrl";

  private RegistrationVariables() {
  }
}
