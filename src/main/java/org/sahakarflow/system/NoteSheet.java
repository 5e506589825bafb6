package org.sahakarflow.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * The file's note-sheet, as an office keeps one: every earlier step of the case in order, who took
 * it and when, and what they wrote — for a registration NABARD's viability note, the milk survey or
 * water-body check, the scrutiny note, the inspection, queries and replies, the decision; for a
 * bye-law amendment the board's draft, the notice, the general meeting's votes and the submission;
 * for a credit linkage the society's resolution, the admission, the demand and the appraisal; for
 * a national cooperative's membership the verification, queries and replies, the board's decision —
 * written into each officer's task as it opens ({@code noteSheet}, markdown, shown by the form's
 * text). A verdict against the society stands out. Each step shows what was written in it (a
 * scrutiny that raised a query, then sent the case for inspection, is two entries); under a history
 * level that keeps no variable updates, the case's latest value of each field. The steps are the
 * models' activity ids, shared where processes share a step and its form (answering a query,
 * hearing an appeal).
 */
class NoteSheet implements TaskListener {

  static final String VARIABLE = "noteSheet";
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(India.ZONE);
  /** The officers' choices as the forms keep them, in words (a refusal stands out besides: {@code refusal}). */
  private static final Map<Object, String> DECISIONS = Map.ofEntries(
      Map.entry("QUERY", "query raised / प्रश्न उठाया"),
      Map.entry("INSPECT", "sent for inspection / निरीक्षण हेतु भेजा"),
      Map.entry("DECIDE", "for decision without inspection / बिना निरीक्षण निर्णय हेतु"),
      Map.entry("REGISTER", "register / पंजीकृत करें"),
      Map.entry("REFUSE", "refuse / अस्वीकार"),
      Map.entry("ADMIT", "admit / प्रवेश दें"),
      Map.entry("CONFIRM", "refusal confirmed / अस्वीकृति की पुष्टि"),
      Map.entry("DROP", "direction dropped / निर्देश वापस"),
      Map.entry("RECOMMEND", "recommended / अनुशंसित"),
      Map.entry("REMAND", "remanded for fresh scrutiny / पुनः संवीक्षा हेतु वापस"),
      Map.entry("REVERSE", "refusal reversed: register / अस्वीकृति उलटी: पंजीकृत करें"),
      Map.entry("SANCTION", "sanction / स्वीकृत"));
  /** A date as forms keep it (ISO), shown day first as offices write it. */
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final String AGAINST = "⚠ **";
  /** Offered to the applicant (promoter or society secretary) by name, completed without a claim. */
  private static final Set<String> APPLICANT_STEPS = Set.of("Task_UploadDocuments", "Task_AnswerQuery",
      "Task_ApproveDraft", "Task_IssueMeetingNotice", "Task_RecordMeeting", "Task_SubmitToRegistrar", "Task_LodgeAppeal",
      "Task_ResolveBorrowing", "Task_KccDemand");

  /** A field a step writes: its variable, its label, and the values that are a verdict against the society, with their words. */
  private record Field(String variable, String label, Map<Object, String> against) {
  }

  private static Field field(String variable, String label) {
    return new Field(variable, label, Map.of());
  }

  /** A yes/no whose "no" stands out. */
  private static Field againstIfNo(String variable, String label, String words) {
    return new Field(variable, label, Map.of(false, words));
  }

  /** A choice whose refusal stands out. */
  private static Field refusal(String variable, String label, String refused, String words) {
    return new Field(variable, label, Map.of(refused, words));
  }

  private static final Map<String, List<Field>> STEPS = new LinkedHashMap<>();
  private static final ObjectMapper JSON = new ObjectMapper();

  static {
    STEPS.put("Task_UploadDocuments", List.of(field("byeLawsDocument", "Bye-laws / उपविधि"),
        field("promoterListDocument", "Promoter list / प्रवर्तक सूची"),
        field("bankCertificateDocument", "Bank certificate / बैंक प्रमाणपत्र")));
    STEPS.put("Task_RecordViabilityNote", List.of(againstIfNo("viable", "Viable / व्यवहार्य", "NOT VIABLE / व्यवहार्य नहीं"),
        field("viabilityNote", "Viability note / व्यवहार्यता टिप्पणी")));
    STEPS.put("Task_RecordMilkSurvey", List.of(againstIfNo("surveyFavourable", "Survey favourable / सर्वेक्षण अनुकूल",
            "SURVEY NOT FAVOURABLE / सर्वेक्षण अनुकूल नहीं"),
        field("milchAnimals", "Milch animals / दुधारू पशु"),
        field("surplusMilkLitresPerDay", "Surplus milk, litres a day / अधिशेष दूध (लीटर/दिन)"),
        field("collectionRoute", "Collection route / संग्रह मार्ग")));
    STEPS.put("Task_CheckWaterBody", List.of(againstIfNo("waterBodySuitable", "Water body suitable / जलाशय उपयुक्त",
            "WATER BODY NOT SUITABLE / जलाशय उपयुक्त नहीं"),
        againstIfNo("leaseAssured", "Lease assured / पट्टा सुनिश्चित", "NO ASSURED LEASE / पट्टा सुनिश्चित नहीं"),
        field("waterBodyAreaAcres", "Area, acres / क्षेत्रफल (एकड़)"),
        field("waterBodyNote", "Note / टिप्पणी")));
    STEPS.put("Task_ScrutiniseApplication", List.of(field("scrutinyOutcome", "Outcome / परिणाम"),
        field("scrutinyNote", "Scrutiny note / जाँच टिप्पणी"),
        field("queryText", "Query to the applicant / आवेदक से प्रश्न"),
        field("panchayatOverlapReasons", "Reasons for a second M-PACS in the panchayat / दूसरी एम-पैक्स के कारण")));
    STEPS.put("Task_AnswerQuery", List.of(field("queryReply", "Applicant's reply / आवेदक का उत्तर")));
    STEPS.put("Task_InspectSociety", List.of(againstIfNo("recommendRegistration", "Registration recommended / पंजीकरण की अनुशंसा",
            "INSPECTOR DOES NOT RECOMMEND REGISTRATION / निरीक्षक पंजीकरण की अनुशंसा नहीं करते"),
        field("inspectionFindings", "Findings / निष्कर्ष")));
    STEPS.put("Task_DecideRegistration", List.of(refusal("decision", "Decision / निर्णय", "REFUSE",
            "REGISTRATION REFUSED / पंजीकरण अस्वीकृत"),
        field("refusalReasons", "Reasons for refusal / अस्वीकृति के कारण"),
        field("registrationReasons", "Reasons for registering / पंजीकरण के कारण")));
    STEPS.put("Task_HearAppeal", List.of(field("appealOrder", "Appeal order / अपील आदेश"),
        field("appealOrderReasons", "Reasons / कारण")));

    // a bye-law amendment
    STEPS.put("Task_HearDirectedAmendment", List.of(field("directedOrder", "Order / आदेश"),
        field("directedOrderReasons", "Reasons / कारण")));
    STEPS.put("Task_ApproveDraft", List.of(field("boardResolutionDate", "Board resolution of / बोर्ड संकल्प दिनांक"),
        field("adoptedActivities", "Activities adopted / अपनाई गई गतिविधियाँ"),
        field("draftNotes", "Notes on the draft / प्रारूप पर टिप्पणी")));
    STEPS.put("Task_IssueMeetingNotice", List.of(field("noticeIssuedOn", "Notice issued on / सूचना जारी"),
        field("totalMembers", "Members on the roll / कुल सदस्य"),
        field("meetingVenue", "Venue / स्थान")));
    STEPS.put("Task_RecordMeeting", List.of(field("meetingDate", "Meeting held on / बैठक दिनांक"),
        field("membersPresent", "Members present / उपस्थित सदस्य"),
        field("membersVoting", "Members voting / मतदान करने वाले सदस्य"),
        field("votesInFavour", "Votes in favour / पक्ष में मत"),
        field("votesAgainst", "Votes against / विपक्ष में मत")));
    STEPS.put("Task_SubmitToRegistrar", List.of(field("resolutionDocument", "Resolution / संकल्प"),
        field("meetingNoticeDocument", "Meeting notice / बैठक सूचना"),
        field("presidingOfficerCertificateDocument", "Presiding officer's certificate / पीठासीन अधिकारी का प्रमाणपत्र"),
        field("amendedTextDocument", "Amended text / संशोधित पाठ")));
    STEPS.put("Task_ScrutiniseAmendment", List.of(refusal("scrutinyOutcome", "Outcome / परिणाम", "REFUSE",
            "AMENDMENT REFUSED / संशोधन अस्वीकृत"),
        field("queryText", "Query to the society / समिति से प्रश्न"),
        field("refusalReasons", "Reasons for refusal / अस्वीकृति के कारण")));
    STEPS.put("Task_DecideReferredAmendment", List.of(refusal("scrutinyOutcome", "Decision / निर्णय", "REFUSE",
            "AMENDMENT REFUSED / संशोधन अस्वीकृत"),
        field("refusalReasons", "Reasons for refusal / अस्वीकृति के कारण")));
    STEPS.put("Task_LodgeAppeal", List.of(field("appealGrounds", "Grounds of appeal / अपील के आधार")));

    // a credit linkage
    STEPS.put("Task_ResolveBorrowing", List.of(field("resolutionNumber", "General body resolution / आम सभा संकल्प"),
        field("ownedFunds", "Owned funds, ₹ / स्वयं की निधि"),
        field("borrowingLimit", "Borrowing limit, ₹ / उधार सीमा"),
        field("shareMoneyPaid", "DCCB share money paid, ₹ / डीसीसीबी अंश राशि")));
    STEPS.put("Task_AdmitSociety", List.of(refusal("admission", "Admission / प्रवेश", "REFUSE",
            "ADMISSION REFUSED / प्रवेश अस्वीकृत"),
        field("reasons", "Reasons / कारण")));
    STEPS.put("Task_KccDemand", List.of(field("kccDemandTotal", "Members' KCC demand, ₹ / सदस्यों की केसीसी माँग")));
    STEPS.put("Task_AppraiseSociety", List.of(field("appraisalOutcome", "Appraisal / मूल्यांकन"),
        field("appraisalNote", "Appraisal note / मूल्यांकन टिप्पणी"),
        field("queryText", "Query to the society / समिति से प्रश्न")));
    STEPS.put("Task_SanctionLimit", List.of(refusal("sanction", "Sanction / स्वीकृति", "REFUSE", "LIMIT REFUSED / सीमा अस्वीकृत"),
        field("sanctionedLimit", "Limit sanctioned, ₹ / स्वीकृत सीमा"),
        field("reasons", "Reasons / कारण")));
    STEPS.put("Task_ExecuteDocuments", List.of(againstIfNo("documentsExecuted", "Loan documents executed / ऋण दस्तावेज़ निष्पादित",
            "LOAN DOCUMENTS NOT EXECUTED / ऋण दस्तावेज़ निष्पादित नहीं")));

    // a national cooperative's membership
    STEPS.put("Task_VerifyApplication", List.of(field("verificationOutcome", "Outcome / परिणाम"),
        field("queryText", "Query to the society / समिति से प्रश्न"),
        field("verificationNote", "Note for the board / संचालक मंडल हेतु टिप्पणी")));
    STEPS.put("Task_BoardDecision", List.of(refusal("boardDecision", "Board decision / संचालक मंडल का निर्णय", "REFUSE",
            "MEMBERSHIP REFUSED / सदस्यता अस्वीकृत"),
        field("refusalReasons", "Reasons for refusal / अस्वीकृति के कारण")));
  }

  /**
   * The step just completed reaches history only when this transaction commits, so the sheet is
   * written once it has, in a transaction of its own; a task gone by then needs none.
   */
  @Override
  public void notify(DelegateTask task) {
    String applicationNumber = task.getExecution().getProcessBusinessKey();
    if (applicationNumber == null) {
      return;
    }
    String taskId = task.getId();
    ProcessEngineConfigurationImpl configuration = Context.getProcessEngineConfiguration();
    Context.getCommandContext().getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
        committed -> configuration.getCommandExecutorTxRequiresNew().execute(context -> {
          TaskEntity open = context.getTaskManager().findTaskById(taskId);
          if (open != null) {
            open.setVariableLocal(VARIABLE, context.runWithoutAuthorization(() -> of(applicationNumber,
                configuration.getHistoryService(), configuration.getIdentityService())));
          }
          return null;
        }));
  }

  /** The note-sheet of the case so far; a line saying there is none before the first officer's step. */
  static String of(String applicationNumber, HistoryService history, IdentityService identity) {
    List<HistoricTaskInstance> done = history.createHistoricTaskInstanceQuery()
        .processInstanceBusinessKey(applicationNumber).finished().orderByHistoricTaskInstanceEndTime().asc().list()
        .stream().filter(t -> STEPS.containsKey(t.getTaskDefinitionKey()) && t.getDeleteReason() != null
            && t.getDeleteReason().equals("completed")).toList();
    if (done.isEmpty()) {
      return "No earlier steps yet. / अभी कोई पिछला चरण नहीं।";
    }
    String[] cases = done.stream().map(HistoricTaskInstance::getProcessInstanceId).distinct().toArray(String[]::new);
    Set<String> names = STEPS.values().stream().flatMap(List::stream).map(Field::variable).collect(Collectors.toSet());
    Map<String, Map<String, Object>> byStep = new HashMap<>();
    for (HistoricDetail detail : history.createHistoricDetailQuery().processInstanceIdIn(cases).variableUpdates()
        .disableBinaryFetching().orderPartiallyByOccurrence().asc().list()) {
      HistoricVariableUpdate update = (HistoricVariableUpdate) detail;
      if (update.getActivityInstanceId() != null && names.contains(update.getVariableName())) {
        byStep.computeIfAbsent(update.getActivityInstanceId(), id -> new HashMap<>())
            .put(update.getVariableName(), shownValue(update.getTypeName(), update.getValue()));
      }
    }
    Map<String, Map<String, Object>> latest = new HashMap<>();
    if (byStep.isEmpty()) {
      for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery().processInstanceIdIn(cases)
          .variableNameIn(names.toArray(String[]::new)).disableBinaryFetching().list()) {
        latest.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
            .put(variable.getName(), shownValue(variable.getTypeName(), variable.getValue()));
      }
    }
    StringBuilder sheet = new StringBuilder();
    for (HistoricTaskInstance step : done) {
      sheet.append("**").append(escaped(step.getName())).append("** — ").append(APPLICANT_STEPS.contains(step.getTaskDefinitionKey()) && step.getAssignee() == null
          ? "the applicant / आवेदक" : who(step.getAssignee(), identity))
          .append(", ").append(WHEN.format(step.getEndTime().toInstant())).append(" IST\n");
      Map<String, Object> written = byStep.isEmpty() ? latest.getOrDefault(step.getProcessInstanceId(), Map.of())
          : byStep.getOrDefault(step.getActivityInstanceId(), Map.of());
      for (Field field : STEPS.get(step.getTaskDefinitionKey())) {
        Object value = written.get(field.variable());
        if (value == null || value.toString().isBlank()) {
          continue;
        }
        String against = field.against().get(value);
        if (against != null) {
          sheet.append("- ").append(AGAINST).append(against).append("**\n");
        } else {
          sheet.append("- ").append(field.label()).append(": ").append(shown(value)).append('\n');
        }
      }
      sheet.append('\n');
    }
    return sheet.toString().strip();
  }

  private static Object shownValue(String typeName, Object value) {
    return "file".equals(typeName) ? "attached / संलग्न" : listed(value);
  }

  private static String who(String userId, IdentityService identity) {
    if (userId == null) {
      return "—";
    }
    User user = identity.createUserQuery().userId(userId).singleResult();
    return user == null ? escaped(userId) : escaped(Stream.of(user.getFirstName(), user.getLastName())
        .filter(Objects::nonNull).collect(Collectors.joining(" ")));
  }

  /** A checklist's choices (a JSON array of text) as a list a reader reads. */
  private static Object listed(Object value) {
    String text = value == null ? "" : value.toString().strip();
    if (!(value instanceof Collection<?>) && !(text.startsWith("[") && text.endsWith("]"))) {
      return value;
    }
    try {
      return String.join(", ", value instanceof Collection<?> items ? items.stream().map(String::valueOf).toList()
          : JSON.readValue(text, new TypeReference<List<String>>() { }));
    } catch (JsonProcessingException notAList) {
      return value;
    }
  }

  private static String shown(Object value) {
    String decided = DECISIONS.get(value);
    if (decided != null) {
      return decided;
    }
    if (value instanceof Boolean yes) {
      return yes ? "yes / हाँ" : "no / नहीं";
    }
    if (value instanceof Date when) {
      return escaped(WHEN.format(when.toInstant()) + " IST");
    }
    Matcher date = ISO_DATE.matcher(value.toString().trim());
    if (date.matches()) {
      return escaped(date.group(3) + "/" + date.group(2) + "/" + date.group(1));
    }
    return escaped(value.toString().replaceAll("\\s*\\R\\s*", " "));
  }

  /** What a person wrote, shown as written: no markdown of theirs formats the sheet. */
  private static String escaped(String text) {
    return text.replaceAll("([\\\\`*_\\[\\]{}()#+\\-!|<>~])", "\\\\$1");
  }
}
