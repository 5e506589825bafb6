package org.sahakarflow;

/**
 * The ids of the models' steps, timers and ends that tests walk. Processes share ids for the
 * same step (every query loop has {@code Task_AnswerQuery}), so one vocabulary serves them all;
 * {@code system.ModelConventionsTest} holds every constant to a model that has it.
 */
public final class StepIds {

  public static final String END_DECIDED = "End_Decided";
  public static final String END_NOT_REGISTERED = "End_NotRegistered";
  public static final String END_REFUSAL_CONFIRMED = "End_RefusalConfirmed";
  public static final String END_REFUSAL_REVERSED = "End_RefusalReversed";
  public static final String END_REFUSED = "End_Refused";
  public static final String END_REGISTERED = "End_Registered";
  public static final String END_REMANDED = "End_Remanded";
  public static final String END_SCRUTINISED = "End_Scrutinised";
  public static final String END_SOCIETY_REGISTERED = "End_SocietyRegistered";
  public static final String START_STATUTORY_LIMIT_REACHED = "Start_StatutoryLimitReached";
  public static final String TASK_ADMIT_SOCIETY = "Task_AdmitSociety";
  public static final String TASK_ALLOCATE_REGISTRATION_NUMBER = "Task_AllocateRegistrationNumber";
  public static final String TASK_ANSWER_QUERY = "Task_AnswerQuery";
  public static final String TASK_APPRAISE_SOCIETY = "Task_AppraiseSociety";
  public static final String TASK_CHECK_ELIGIBILITY = "Task_CheckEligibility";
  public static final String TASK_CHECK_WATER_BODY = "Task_CheckWaterBody";
  public static final String TASK_DECIDE_REFINANCE = "Task_DecideRefinance";
  public static final String TASK_DECIDE_REGISTRATION = "Task_DecideRegistration";
  public static final String TASK_EXECUTE_DOCUMENTS = "Task_ExecuteDocuments";
  public static final String TASK_HEAR_APPEAL = "Task_HearAppeal";
  public static final String TASK_INSPECT_SOCIETY = "Task_InspectSociety";
  public static final String TASK_ISSUE_CERTIFICATE = "Task_IssueCertificate";
  public static final String TASK_KCC_DEMAND = "Task_KccDemand";
  public static final String TASK_RECORD_DEEMED_REGISTRATION = "Task_RecordDeemedRegistration";
  public static final String TASK_RECORD_MILK_SURVEY = "Task_RecordMilkSurvey";
  public static final String TASK_RECORD_REFUSAL = "Task_RecordRefusal";
  public static final String TASK_RECORD_REVERSAL = "Task_RecordReversal";
  public static final String TASK_RECORD_VIABILITY_NOTE = "Task_RecordViabilityNote";
  public static final String TASK_RESOLVE_BORROWING = "Task_ResolveBorrowing";
  public static final String TASK_REVISE_APPLICATION = "Task_ReviseApplication";
  public static final String TASK_SANCTION_LIMIT = "Task_SanctionLimit";
  public static final String TASK_SCRUTINISE_APPLICATION = "Task_ScrutiniseApplication";
  public static final String TASK_SEND_ACKNOWLEDGEMENT = "Task_SendAcknowledgement";
  public static final String TASK_SEND_CONFIRMATION = "Task_SendConfirmation";
  public static final String TASK_SEND_QUERY = "Task_SendQuery";
  public static final String TASK_UPLOAD_DOCUMENTS = "Task_UploadDocuments";
  public static final String TIMER_ADMISSION_DUE = "Timer_AdmissionDue";
  public static final String TIMER_ADMISSION_REMINDER = "Timer_AdmissionReminder";
  public static final String TIMER_REPLY_WINDOW_CLOSED = "Timer_ReplyWindowClosed";
  public static final String TIMER_SCRUTINY_DUE = "Timer_ScrutinyDue";
  public static final String TIMER_SCRUTINY_REMINDER = "Timer_ScrutinyReminder";

  private StepIds() {
  }
}
