package org.sahakarflow.registration;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.sahakarflow.system.India;

/**
 * The file's note-sheet, as an office keeps one: every earlier step of the case in order, who took
 * it and when, and what they wrote — NABARD's viability note, the milk survey or water-body check,
 * the scrutiny note, the inspection, queries and replies, the decision — written into each officer's
 * task as it opens ({@code noteSheet}, markdown, shown by the form's text). A verdict against the
 * society stands out. Each step shows the case's latest value of its fields.
 */
class NoteSheet implements TaskListener {

  static final String VARIABLE = "noteSheet";
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(India.ZONE);
  private static final String AGAINST = "⚠ **";
  /** Offered to the applicant by name, completed without a claim. */
  private static final Set<String> APPLICANT_STEPS = Set.of("Task_UploadDocuments", "Task_AnswerQuery");

  /** A field a step writes: its variable, its label, and for a yes/no the words when it is "no", if that is a warning. */
  private record Field(String variable, String label, String againstIfNo) {
  }

  private static final Map<String, List<Field>> STEPS = new LinkedHashMap<>();

  static {
    STEPS.put("Task_UploadDocuments", List.of(new Field("byeLawsDocument", "Bye-laws / उपविधि", null),
        new Field("promoterListDocument", "Promoter list / प्रवर्तक सूची", null),
        new Field("bankCertificateDocument", "Bank certificate / बैंक प्रमाणपत्र", null)));
    STEPS.put("Task_RecordViabilityNote", List.of(new Field("viable", "Viable / व्यवहार्य", "NOT VIABLE / व्यवहार्य नहीं"),
        new Field("viabilityNote", "Viability note / व्यवहार्यता टिप्पणी", null)));
    STEPS.put("Task_RecordMilkSurvey", List.of(new Field("surveyFavourable", "Survey favourable / सर्वेक्षण अनुकूल",
            "SURVEY NOT FAVOURABLE / सर्वेक्षण अनुकूल नहीं"),
        new Field("milchAnimals", "Milch animals / दुधारू पशु", null),
        new Field("surplusMilkLitresPerDay", "Surplus milk, litres a day / अधिशेष दूध (लीटर/दिन)", null),
        new Field("collectionRoute", "Collection route / संग्रह मार्ग", null)));
    STEPS.put("Task_CheckWaterBody", List.of(new Field("waterBodySuitable", "Water body suitable / जलाशय उपयुक्त",
            "WATER BODY NOT SUITABLE / जलाशय उपयुक्त नहीं"),
        new Field("leaseAssured", "Lease assured / पट्टा सुनिश्चित", "NO ASSURED LEASE / पट्टा सुनिश्चित नहीं"),
        new Field("waterBodyAreaAcres", "Area, acres / क्षेत्रफल (एकड़)", null),
        new Field("waterBodyNote", "Note / टिप्पणी", null)));
    STEPS.put("Task_ScrutiniseApplication", List.of(new Field("scrutinyOutcome", "Outcome / परिणाम", null),
        new Field("scrutinyNote", "Scrutiny note / जाँच टिप्पणी", null),
        new Field("queryText", "Query to the applicant / आवेदक से प्रश्न", null),
        new Field("panchayatOverlapReasons", "Reasons for a second M-PACS in the panchayat / दूसरी एम-पैक्स के कारण", null)));
    STEPS.put("Task_AnswerQuery", List.of(new Field("queryReply", "Applicant's reply / आवेदक का उत्तर", null)));
    STEPS.put("Task_InspectSociety", List.of(new Field("recommendRegistration", "Registration recommended / पंजीकरण की अनुशंसा",
            "INSPECTOR DOES NOT RECOMMEND REGISTRATION / निरीक्षक पंजीकरण की अनुशंसा नहीं करते"),
        new Field("inspectionFindings", "Findings / निष्कर्ष", null)));
    STEPS.put("Task_DecideRegistration", List.of(new Field("decision", "Decision / निर्णय", null),
        new Field("refusalReasons", "Reasons for refusal / अस्वीकृति के कारण", null),
        new Field("registrationReasons", "Reasons for registering / पंजीकरण के कारण", null)));
    STEPS.put("Task_HearAppeal", List.of(new Field("appealOrder", "Appeal order / अपील आदेश", null),
        new Field("appealOrderReasons", "Reasons / कारण", null)));
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
    Map<String, Map<String, Object>> values = new HashMap<>();
    List<String> names = STEPS.values().stream().flatMap(List::stream).map(Field::variable).distinct().toList();
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(done.stream().map(HistoricTaskInstance::getProcessInstanceId).distinct().toArray(String[]::new))
        .variableNameIn(names.toArray(String[]::new)).disableBinaryFetching().list()) {
      values.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
          .put(variable.getName(), variable.getTypeName().equals("file") ? "attached / संलग्न" : variable.getValue());
    }
    StringBuilder sheet = new StringBuilder();
    for (HistoricTaskInstance step : done) {
      sheet.append("**").append(escaped(step.getName())).append("** — ").append(APPLICANT_STEPS.contains(step.getTaskDefinitionKey()) && step.getAssignee() == null
          ? "the applicant / आवेदक" : who(step.getAssignee(), identity))
          .append(", ").append(WHEN.format(step.getEndTime().toInstant())).append(" IST\n");
      Map<String, Object> written = values.getOrDefault(step.getProcessInstanceId(), Map.of());
      for (Field field : STEPS.get(step.getTaskDefinitionKey())) {
        Object value = written.get(field.variable());
        if (value == null || value.toString().isBlank()) {
          continue;
        }
        if (Boolean.FALSE.equals(value) && field.againstIfNo() != null) {
          sheet.append("- ").append(AGAINST).append(field.againstIfNo()).append("**\n");
        } else {
          sheet.append("- ").append(field.label()).append(": ").append(shown(value)).append('\n');
        }
      }
      sheet.append('\n');
    }
    return sheet.toString().strip();
  }

  private static String who(String userId, IdentityService identity) {
    if (userId == null) {
      return "—";
    }
    User user = identity.createUserQuery().userId(userId).singleResult();
    return user == null ? escaped(userId) : escaped(Stream.of(user.getFirstName(), user.getLastName())
        .filter(Objects::nonNull).collect(Collectors.joining(" ")));
  }

  private static String shown(Object value) {
    if (value instanceof Boolean yes) {
      return yes ? "yes / हाँ" : "no / नहीं";
    }
    return escaped(value.toString().replaceAll("\\s*\\R\\s*", " "));
  }

  /** What a person wrote, shown as written: no markdown of theirs formats the sheet. */
  private static String escaped(String text) {
    return text.replaceAll("([\\\\`*_\\[\\]{}()#+\\-!|<>~])", "\\\\$1");
  }
}
