package org.sahakarflow.registration;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.task.Task;
import org.sahakarflow.identity.Places;
import org.sahakarflow.sla.OpenSteps;
import org.sahakarflow.society.SocietyType;
import org.sahakarflow.system.CaseVariables;
import org.sahakarflow.system.EngineClock;
import org.sahakarflow.system.India;
import org.sahakarflow.system.IndianMobile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where an applicant's cases stand, told the way the applicant asks: is it registered, refused or
 * still moving, and if moving, at which step, with which office, since when and by when. The
 * reader is proven to be the case's applicant before anything is read (their user id on the
 * application register, or the acknowledgement number with the mobile or e-mail the application
 * gave), so the engine is read without its per-user checks: an applicant holds no grant on the
 * registrar's called decision, whose order and appeal window are theirs to know.
 */
@Component
class ApplicantCases {

  enum Status {
    IN_PROGRESS("Being processed", "प्रक्रिया में"),
    REGISTERED("Registered", "पंजीकृत"),
    REFUSED("Refused", "अस्वीकृत"),
    APPEAL_PENDING("Appeal being heard", "अपील पर सुनवाई जारी"),
    CLOSED("Closed without registration", "पंजीकरण के बिना बंद");

    final String english;
    final String hindi;

    Status(String english, String hindi) {
      this.english = english;
      this.hindi = hindi;
    }
  }

  /** A step the case waits at, with the office that holds it in plain words (never an officer's name). */
  record Waiting(String step, String heldBy, String heldByHindi, boolean withApplicant, LocalDate since,
      LocalDate due) {
  }

  record Registered(String registrationNumber, LocalDate registeredOn, boolean deemed) {
  }

  /** @param appealable no appeal filed yet and the window still open today */
  record Refused(String reasons, LocalDate refusedOn, LocalDate appealBy, boolean appealable) {
  }

  /** {@code registered} and {@code refused} are null unless the status says so. */
  record Case(String applicationNumber, String societyName, SocietyType type, String district,
      String districtHindi, String state, String stateHindi, LocalDate submittedOn, Status status,
      List<Waiting> waiting, Registered registered, Refused refused) {
  }

  private final JdbcTemplate jdbc;
  private final HistoryService history;
  private final TaskService tasks;
  private final CommandExecutor commands;
  private final OpenSteps openSteps;
  private final Places places;
  private final Offices offices;

  ApplicantCases(JdbcTemplate jdbc, ProcessEngine engine, OpenSteps openSteps, Places places) {
    this.jdbc = jdbc;
    this.history = engine.getHistoryService();
    this.tasks = engine.getTaskService();
    this.commands = ((ProcessEngineImpl) engine).getProcessEngineConfiguration().getCommandExecutorTxRequired();
    this.openSteps = openSteps;
    this.places = places;
    this.offices = new Offices(places);
  }

  private record Filed(String applicationNumber, String caseId, SocietyType type, String societyName,
      String stateCode, String districtCode, String applicantId, LocalDate submittedOn) {
  }

  private static final String FILED = """
      select application_number, process_instance_id, society_type, society_name, state_code, district_code,
        applicant_id, submitted_at from application_register""";

  /** Every application the user filed, the newest first. */
  List<Case> of(String applicantId) {
    List<Filed> filed = jdbc.query(FILED + " where applicant_id = ? order by submitted_at desc, application_number desc",
        (rs, n) -> filed(rs), applicantId);
    return unchecked(() -> filed.stream().map(this::standing).toList());
  }

  /** One of the user's applications; empty for a number that is not theirs. */
  Optional<Case> mine(String applicantId, String applicationNumber) {
    List<Filed> filed = jdbc.query(FILED + " where applicant_id = ? and application_number = ?", (rs, n) -> filed(rs),
        applicantId, applicationNumber);
    return unchecked(() -> filed.stream().findFirst().map(this::standing));
  }

  /**
   * The application under the acknowledgement number, if the mobile or e-mail given is the one the
   * application named for the chief promoter; empty for a wrong pair and for an unknown number alike.
   */
  Optional<Case> tracked(String applicationNumber, String mobileOrEmail) {
    if (applicationNumber == null || mobileOrEmail == null || mobileOrEmail.isBlank()) {
      return Optional.empty();
    }
    List<Filed> filed = jdbc.query(FILED + " where application_number = ?", (rs, n) -> filed(rs),
        applicationNumber.strip().toUpperCase(Locale.ROOT));
    if (filed.isEmpty()) {
      return Optional.empty();
    }
    Filed application = filed.get(0);
    return unchecked(() -> contactMatches(application, mobileOrEmail) ? Optional.of(standing(application))
        : Optional.<Case>empty());
  }

  private static Filed filed(ResultSet rs) throws SQLException {
    return new Filed(rs.getString(1), rs.getString(2), SocietyType.valueOf(rs.getString(3)), rs.getString(4),
        rs.getString(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant().atZone(India.ZONE).toLocalDate());
  }

  private boolean contactMatches(Filed application, String given) {
    Map<String, Object> contact = new HashMap<>();
    history.createHistoricVariableInstanceQuery().processInstanceId(application.caseId())
        .variableNameIn(CaseVariables.APPLICANT_EMAIL, CaseVariables.APPLICANT_MOBILE).list()
        .forEach(v -> contact.putIfAbsent(v.getName(), v.getValue()));
    Optional<String> mobile = IndianMobile.of(given);
    if (mobile.isPresent()) {
      return mobile.equals(IndianMobile.of(contact.get(CaseVariables.APPLICANT_MOBILE)));
    }
    Object email = contact.get(CaseVariables.APPLICANT_EMAIL);
    return email != null && email.toString().strip().equalsIgnoreCase(given.strip());
  }

  private Case standing(Filed filed) {
    Optional<Registered> registered = registered(filed.applicationNumber());
    if (registered.isPresent()) {
      return caseOf(filed, Status.REGISTERED, List.of(), registered.get(), null);
    }
    HistoricProcessInstance appeal = latest(AppealAdmission.APPEAL_PROCESS, filed.applicationNumber(), false);
    HistoricProcessInstance decided = latest(AppealAdmission.DECISION_PROCESS, filed.applicationNumber(), true);
    Map<String, Object> order = decided == null ? Map.of() : variables(decided.getId());
    boolean refused = RecordDeciderListener.REFUSE.equals(order.get(RegistrationVariables.DECISION));
    HistoricProcessInstance applied = history.createHistoricProcessInstanceQuery().processInstanceId(filed.caseId())
        .singleResult();
    Status status;
    List<Waiting> waiting = List.of();
    if (appeal != null && appeal.getEndTime() == null) {
      status = Status.APPEAL_PENDING;
      waiting = waiting(appeal.getId(), filed);
    } else if (applied != null && applied.getEndTime() == null) {
      status = Status.IN_PROGRESS;
      waiting = waiting(filed.caseId(), filed);
    } else {
      status = refused ? Status.REFUSED : Status.CLOSED;
    }
    Refused refusal = null;
    if (refused && status != Status.IN_PROGRESS) {
      LocalDate appealBy = date(order.get(RegistrationVariables.APPEAL_DEADLINE));
      refusal = new Refused(Objects.toString(order.get(RegistrationVariables.REFUSAL_REASONS), null),
          date(order.get("refusedOn")), appealBy,
          appeal == null && appealBy != null && !EngineClock.today().isAfter(appealBy));
    }
    return caseOf(filed, status, waiting, null, refusal);
  }

  private Case caseOf(Filed filed, Status status, List<Waiting> waiting, Registered registered, Refused refused) {
    Optional<Places.District> district = places.district(filed.districtCode());
    Optional<Places.State> state = places.state(filed.stateCode());
    return new Case(filed.applicationNumber(), filed.societyName(), filed.type(),
        district.map(Places.District::name).orElse(filed.districtCode()),
        district.map(Places.District::nameInHindi).orElse(filed.districtCode()),
        state.map(Places.State::name).orElse(filed.stateCode()), state.map(Places.State::nameInHindi).orElse(filed.stateCode()),
        filed.submittedOn(), status, waiting, registered, refused);
  }

  private Optional<Registered> registered(String applicationNumber) {
    return jdbc.query("select registration_number, registered_on, deemed from society where application_number = ?",
        (rs, n) -> new Registered(rs.getString(1), rs.getObject(2, Date.class).toLocalDate(), rs.getBoolean(3)),
        applicationNumber).stream().findFirst();
  }

  private List<Waiting> waiting(String caseId, Filed filed) {
    List<Waiting> steps = new ArrayList<>();
    // the applicant's own steps are offered to them by name (a candidate user), not to a group
    Set<String> applicantSteps = filed.applicantId() == null ? Set.of()
        : tasks.createTaskQuery().processInstanceBusinessKey(filed.applicationNumber())
            .taskInvolvedUser(filed.applicantId()).list().stream().map(Task::getTaskDefinitionKey)
            .collect(Collectors.toSet());
    for (OpenSteps.Waiting step : openSteps.of(caseId)) {
      boolean applicant = applicantSteps.contains(step.step());
      Offices.Office office = applicant ? Offices.APPLICANT : offices.of(step.office());
      steps.add(new Waiting(step.name(), office.english(), office.hindi(), applicant,
          step.since().atZone(India.ZONE).toLocalDate(),
          step.due() == null ? null : step.due().atZone(India.ZONE).toLocalDate()));
    }
    return steps;
  }

  private HistoricProcessInstance latest(String process, String applicationNumber, boolean finished) {
    var query = history.createHistoricProcessInstanceQuery().processDefinitionKey(process)
        .processInstanceBusinessKey(applicationNumber);
    if (finished) {
      query.finished();
    }
    List<HistoricProcessInstance> found = query.orderByProcessInstanceStartTime().desc().listPage(0, 1);
    return found.isEmpty() ? null : found.get(0);
  }

  private Map<String, Object> variables(String instanceId) {
    Map<String, Object> values = new HashMap<>();
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery().processInstanceId(instanceId)
        .variableNameIn(RegistrationVariables.DECISION, RegistrationVariables.REFUSAL_REASONS, "refusedOn",
            RegistrationVariables.APPEAL_DEADLINE).list()) {
      values.put(variable.getName(), variable.getValue());
    }
    return values;
  }

  private static LocalDate date(Object value) {
    return value == null ? null : LocalDate.parse(value.toString());
  }

  private <T> T unchecked(Callable<T> read) {
    return commands.execute(context -> context.runWithoutAuthorization(read));
  }
}
