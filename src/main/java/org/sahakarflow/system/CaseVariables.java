package org.sahakarflow.system;

import java.util.Set;

/**
 * The variables every kind of case shares, by one spelling for Java, the tests and the models
 * ({@code ModelConventionsTest} holds the BPMN's expressions to these and the features' own
 * names). A feature's own variables live in its vocabulary class ({@code BylawAdoption},
 * {@code CreditLinkage}, {@code NationalMembership}, {@code RegistrationVariables}).
 */
public final class CaseVariables {

  /** Who opened the case: set from the signed-in user, never from a form. */
  public static final String APPLICANT_ID = "applicantId";
  public static final String STATE_CODE = "stateCode";
  public static final String DISTRICT_CODE = "districtCode";
  /** A society under the Multi-State Co-operative Societies Act, routed to the Central Registrar. */
  public static final String MULTI_STATE = "multiState";
  /** The case number and business key ({@code numbering.CaseNumbers}). */
  public static final String APPLICATION_NUMBER = "applicationNumber";
  /** The society's registration number, once it is on record. */
  public static final String REGISTRATION_NUMBER = "registrationNumber";
  public static final String SOCIETY_NAME = "societyName";
  public static final String SOCIETY_TYPE = "societyType";
  /** NCEL, NCOL or BBSSL: routes a membership case to that society's board. */
  public static final String NATIONAL_SOCIETY = "nationalSociety";
  /** When the application was submitted to the registrar; a statutory limit runs from it. */
  public static final String SUBMITTED_AT = "submittedAt";
  /**
   * The day a society the Act deems registered is registered: the day after the statutory limit
   * expired, whenever the engine got to it.
   */
  public static final String DEEMED_REGISTRATION_ON = "deemedRegistrationOn";
  /** The registration case that started a credit linkage (set by the engine's message, not a form). */
  public static final String REGISTERED_BY = "registeredBy";
  /** Where the case's notices go: the chief promoter, or the society's secretary after registration. */
  public static final String APPLICANT_EMAIL = "chiefPromoterEmail";
  /** The chief promoter's mobile, where the case has one: applicant notices also go there by SMS. */
  public static final String APPLICANT_MOBILE = "chiefPromoterMobile";

  /**
   * Facts the engine or the app sets when a case opens; a submission naming one its form does not
   * ask for is refused as such ({@link FormContract}).
   */
  public static final Set<String> CASE_FACTS = Set.of(APPLICANT_ID, REGISTERED_BY, STATE_CODE, DISTRICT_CODE,
      MULTI_STATE, APPLICATION_NUMBER, REGISTRATION_NUMBER, NATIONAL_SOCIETY);

  private CaseVariables() {
  }
}
