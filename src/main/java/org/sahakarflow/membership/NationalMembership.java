package org.sahakarflow.membership;

/** Ids of {@code bpmn/national-coop-membership.bpmn} and the names of its case variables. */
final class NationalMembership {

  static final String PROCESS = "national-coop-membership";

  static final String TASK_VERIFY = "Task_VerifyApplication";
  static final String TIMER_VERIFICATION_REMINDER = "Timer_VerificationReminder";
  static final String TIMER_VERIFICATION_DUE = "Timer_VerificationDue";
  static final String TASK_ANSWER_QUERY = "Task_AnswerQuery";
  static final String TIMER_REPLY_REMINDER = "Timer_ReplyReminder";
  static final String TIMER_REPLY_WINDOW = "Timer_ReplyWindowClosed";
  static final String TASK_BOARD_DECISION = "Task_BoardDecision";
  static final String TIMER_BOARD_DECISION_REMINDER = "Timer_BoardDecisionReminder";
  static final String TIMER_BOARD_DECISION_DUE = "Timer_BoardDecisionDue";
  static final String TASK_LODGE_APPEAL = "Task_LodgeAppeal";
  static final String TIMER_APPEAL_WINDOW = "Timer_AppealWindowClosed";
  static final String TASK_HEAR_APPEAL = "Task_HearAppeal";
  static final String TIMER_HEARING_REMINDER = "Timer_HearingReminder";
  static final String TIMER_HEARING_DUE = "Timer_HearingDue";
  static final String END_ADMITTED = "End_Admitted";
  static final String END_LAPSED = "End_Lapsed";
  static final String END_NOT_APPEALED = "End_NotAppealed";
  static final String END_REFUSAL_CONFIRMED = "End_RefusalConfirmed";

  // case variables (stateCode, districtCode, applicantId, nationalSociety: see identity.CaseAccess)
  static final String NATIONAL_SOCIETY_NAME = "nationalSocietyName";
  static final String BOARD_RESOLUTION_NUMBER = "boardResolutionNumber";
  static final String BOARD_RESOLUTION_DATE = "boardResolutionDate";
  static final String AUTHORISED_SIGNATORY = "authorisedSignatory";
  static final String SHARES_SUBSCRIBED = "sharesSubscribed";
  static final String AMOUNT_PAID = "amountPaid";
  static final String AMOUNT_DUE = "amountDue";
  static final String PAYMENT_REFERENCE = "paymentReference";
  static final String VERIFICATION_OUTCOME = "verificationOutcome";
  static final String BOARD_DECISION = "boardDecision";
  static final String APPEAL_ORDER = "appealOrder";
  static final String DECIDED_BY = "decidedBy";
  static final String MEMBERSHIP_NUMBER = "membershipNumber";
  static final String ADMITTED_ON = "admittedOn";
  static final String REFUSED_ON = "refusedOn";
  static final String APPEAL_DEADLINE = "appealDeadline";
  static final String APPEAL_WINDOW_CLOSES = "appealWindowCloses";
  static final String CERTIFICATE = "membershipCertificate";

  private NationalMembership() {
  }
}
