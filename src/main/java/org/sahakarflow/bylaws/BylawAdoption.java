package org.sahakarflow.bylaws;

import java.util.List;

/** Ids of {@code bpmn/bye-law-adoption.bpmn} and the names of its case variables. */
final class BylawAdoption {

  static final String PROCESS = "bye-law-adoption";
  static final String DIRECTED_MESSAGE = "bye-law-amendment-directed";
  static final String RULES_DECISION = "bye-law-rules";

  static final String TASK_APPROVE_DRAFT = "Task_ApproveDraft";
  static final String TASK_ISSUE_NOTICE = "Task_IssueMeetingNotice";
  static final String TIMER_NOTICE_PERIOD = "Timer_NoticePeriod";
  static final String TASK_RECORD_MEETING = "Task_RecordMeeting";
  static final String TASK_SUBMIT = "Task_SubmitToRegistrar";
  static final String TIMER_SUBMISSION_REMINDER = "Timer_SubmissionReminder";
  static final String TIMER_SUBMISSION_WINDOW = "Timer_SubmissionWindowClosed";
  static final String TASK_SCRUTINISE = "Task_ScrutiniseAmendment";
  static final String TIMER_SCRUTINY_REMINDER = "Timer_ScrutinyReminder";
  static final String TIMER_SCRUTINY_DUE = "Timer_ScrutinyDue";
  static final String TIMER_STATUTORY_LIMIT = "Start_StatutoryLimitReached";
  static final String TASK_ANSWER_QUERY = "Task_AnswerQuery";
  static final String TIMER_REPLY_REMINDER = "Timer_ReplyReminder";
  static final String TIMER_REPLY_WINDOW = "Timer_ReplyWindowClosed";
  static final String TASK_LODGE_APPEAL = "Task_LodgeAppeal";
  static final String TIMER_APPEAL_WINDOW = "Timer_AppealWindowClosed";
  static final String TASK_HEAR_APPEAL = "Task_HearAppeal";
  static final String TASK_DECIDE_REFERRED = "Task_DecideReferredAmendment";
  static final String TIMER_REFERRAL_LIMIT = "Timer_ReferralLimit";
  static final String TIMER_DIRECTED_PERIOD = "Timer_DirectedPeriodOver";
  static final String TASK_HEAR_DIRECTED = "Task_HearDirectedAmendment";
  static final String TIMER_DIRECTED_HEARING_REMINDER = "Timer_DirectedHearingReminder";
  static final String TIMER_DIRECTED_HEARING_DUE = "Timer_DirectedHearingDue";
  static final String END_REGISTERED = "End_Registered";
  static final String END_REGISTERED_BY_REGISTRAR = "End_RegisteredByRegistrar";
  static final String END_DIRECTION_DROPPED = "End_DirectionDropped";
  static final String END_NON_COMPLIANCE_RECORDED = "End_NonComplianceRecorded";
  static final String END_RESOLUTION_FAILED = "End_ResolutionFailed";
  static final String END_LAPSED = "End_Lapsed";
  static final String END_REFUSAL_CONFIRMED = "End_RefusalConfirmed";
  static final String END_REFUSAL_FINAL = "End_RefusalFinal";

  // case variables
  static final String DIRECTED_BY = "directedBy";
  static final String DIRECTION_REASONS = "directionReasons";
  /** The end of the last day of the time the direction gives the society ({@link OpenAmendmentListener}). */
  static final String DIRECTED_PERIOD_ENDS = "directedPeriodEnds";
  /** That last day, for the notice and the Registrar's hearing form. */
  static final String COMPLY_BY = "complyBy";
  /** The days the Registrar's direction gives the society, where he names them. */
  static final String COMPLY_WITHIN_DAYS = "complyWithinDays";
  static final String REGISTRAR_REGISTERS_DIRECTED = "registrarRegistersDirected";
  static final String DIRECTED_ORDER = "directedOrder";
  static final String DIRECTED_ORDER_REASONS = "directedOrderReasons";
  /** The higher officer's months after a referral; null where the State's Act refers nothing. */
  static final String REFERRAL_DECISION_MONTHS = "referralDecisionMonths";
  static final String REFERRED_ON = "referredOn";
  static final String REFERRAL_LAST_DAY = "referralLastDay";
  static final String REFERRAL_DECISION_LIMIT = "referralDecisionLimit";
  static final String DEEMED = "amendmentDeemed";
  /** The end event a case reached inside an event subprocess ({@link EndReachedListener}). */
  static final String END_REACHED = "amendmentEndReached";
  static final String ACTIVITIES = "adoptedActivities";
  static final String BOARD_RESOLUTION_DATE = "boardResolutionDate";
  static final String NOTICE_ISSUED_ON = "noticeIssuedOn";
  /** Members on the roll when the notice is issued; the quorum is reckoned from them. */
  static final String TOTAL_MEMBERS = "totalMembers";
  static final String QUORUM_REQUIRED = "quorumRequired";
  static final String QUORUM_RULE = "quorumRule";
  static final String EARLIEST_MEETING_DATE = "earliestMeetingDate";
  static final String NOTICE_PERIOD_ENDS = "noticePeriodEnds";
  static final String MEETING_DATE = "meetingDate";
  static final String MEMBERS_PRESENT = "membersPresent";
  static final String MEMBERS_VOTING = "membersVoting";
  static final String VOTES_IN_FAVOUR = "votesInFavour";
  static final String VOTES_AGAINST = "votesAgainst";
  static final String VOTE_OUTCOME = "voteOutcome";
  static final String VOTE_SUMMARY = "voteSummary";
  static final String SUBMISSION_DEADLINE = "submissionDeadline";
  static final String SUBMISSION_REMINDER_AT = "submissionReminderAt";
  /** The uploads the submission encloses, named as in {@code forms/bylaw-submission.html}. */
  static final String RESOLUTION_DOCUMENT = "resolutionDocument";
  static final String NOTICE_DOCUMENT = "meetingNoticeDocument";
  static final String PRESIDING_CERTIFICATE_DOCUMENT = "presidingOfficerCertificateDocument";
  static final String AMENDED_TEXT_DOCUMENT = "amendedTextDocument";
  static final List<String> SUBMISSION_DOCUMENTS = List.of(RESOLUTION_DOCUMENT, NOTICE_DOCUMENT,
      PRESIDING_CERTIFICATE_DOCUMENT, AMENDED_TEXT_DOCUMENT);
  static final String SCRUTINY_OUTCOME = "scrutinyOutcome";
  static final String DECIDED_BY = "decidedBy";
  static final String APPEAL_WINDOW_CLOSES = "appealWindowCloses";
  static final String APPEAL_ORDER = "appealOrder";
  static final String AMENDMENT_REGISTERED_ON = "amendmentRegisteredOn";
  static final String CERTIFICATE = "amendmentCertificate";

  private BylawAdoption() {
  }
}
