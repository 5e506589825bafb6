package org.sahakarflow.registration;

/** Process variables read and written when a society is registered and its certificate issued. */
final class SocietyRegisterVariables {

  // read: set by the application and the registrar's decision
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

  private SocietyRegisterVariables() {
  }
}
