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

  // read when the society is registered
  static final String AREA_OF_OPERATION = "areaOfOperation";
  static final String DECIDED_BY = "decidedBy";
  static final String DEEMED = "deemed";
  static final String BYE_LAW_VERSION = "byeLawVersion";

  // written
  static final String REGISTRATION_DATE = "registrationDate";
  static final String VERIFICATION_CODE = "verificationCode";
  static final String CERTIFICATE = "certificate";
  static final String CERTIFICATE_URL = "certificateUrl";
  static final String CERTIFICATE_DOWNLOAD_URL = "certificateDownloadUrl";

  private RegistrationVariables() {
  }
}
