package org.sahakarflow.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sahakarflow.CaseDriver.vars;

import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sahakarflow.CaseDriver;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.StepIds;
import org.sahakarflow.system.India;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every step with an SLA reminds before its due date and escalates after it, by the engine clock. */
@SahakarTest
class EveryStepSlaTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  ManagementService management;
  @Autowired
  JdbcTemplate jdbc;
  CaseDriver cases;

  @BeforeEach
  void setUp() {
    cases = new CaseDriver(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  static Stream<Arguments> steps() {
    Function<CaseDriver, String> uploaded = c -> eligible(c, "mpacs-registration", 25);
    return Stream.of(
        Arguments.of(StepIds.TASK_UPLOAD_DOCUMENTS, "Upload", "rcs-district:RJ-UDR", (Function<CaseDriver, String>) c -> {
          String key = c.apply("mpacs-registration", "applicant.rj-udr", CaseDriver.application("RJ", "RJ-UDR", 25)).getBusinessKey();
          c.runAsyncSteps(key);
          return key;
        }),
        Arguments.of(StepIds.TASK_REVISE_APPLICATION, "Revision", "rcs-district:RJ-UDR",
            (Function<CaseDriver, String>) c -> eligible(c, "mpacs-registration", 3)),
        Arguments.of(StepIds.TASK_RECORD_VIABILITY_NOTE, "ViabilityNote", "rcs-state:RJ", uploaded),
        Arguments.of(StepIds.TASK_RECORD_MILK_SURVEY, "MilkSurvey", "rcs-state:RJ",
            (Function<CaseDriver, String>) c -> eligible(c, "dairy-registration", 25)),
        Arguments.of(StepIds.TASK_CHECK_WATER_BODY, "WaterBody", "rcs-state:RJ",
            (Function<CaseDriver, String>) c -> eligible(c, "fisheries-registration", 25)),
        Arguments.of(StepIds.TASK_SCRUTINISE_APPLICATION, "Scrutiny", "rcs-state:RJ",
            (Function<CaseDriver, String>) c -> c.mpacsAtScrutiny("RJ", "RJ-UDR", "applicant.rj-udr")),
        Arguments.of(StepIds.TASK_INSPECT_SOCIETY, "Inspection", "rcs-district:RJ-UDR", (Function<CaseDriver, String>) c -> {
          String key = c.mpacsAtScrutiny("RJ", "RJ-UDR", "applicant.rj-udr");
          c.complete(key, StepIds.TASK_SCRUTINISE_APPLICATION, "rcs.rj-udr", vars("scrutinyOutcome", "INSPECT"));
          return key;
        }),
        Arguments.of(StepIds.TASK_DECIDE_REGISTRATION, "Decision", "rcs-state:RJ", (Function<CaseDriver, String>) c -> {
          String key = c.mpacsAtScrutiny("RJ", "RJ-UDR", "applicant.rj-udr");
          c.complete(key, StepIds.TASK_SCRUTINISE_APPLICATION, "rcs.rj-udr", vars("scrutinyOutcome", "DECIDE"));
          return key;
        }),
        Arguments.of(StepIds.TASK_HEAR_APPEAL, "Hearing", "rcs-state:RJ", (Function<CaseDriver, String>) c -> {
          String key = c.mpacsAtScrutiny("RJ", "RJ-UDR", "applicant.rj-udr");
          c.complete(key, StepIds.TASK_SCRUTINISE_APPLICATION, "rcs.rj-udr", vars("scrutinyOutcome", "DECIDE"));
          c.complete(key, StepIds.TASK_DECIDE_REGISTRATION, "rcs.rj-udr", vars("decision", "REFUSE", "refusalReasons", "overlap"));
          c.apply("registration-appeal", "applicant.rj-udr", vars("applicationNumber", key, "appealGrounds", "no overlap", "stateCode", "RJ"));
          return key;
        }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("steps")
  void stepIsRemindedThenEscalated(String step, String label, String escalatedTo, Function<CaseDriver, String> reach) {
    String key = reach.apply(cases);
    Task task = cases.task(key, step);
    Job reminder = cases.timer(key, "Timer_" + label + "Reminder");
    Job due = cases.timer(key, "Timer_" + label + "Due");
    assertThat(task.getDueDate()).isEqualTo(due.getDuedate());
    assertThat(reminder.getDuedate()).isBefore(due.getDuedate());

    ClockUtil.setCurrentTime(new Date(reminder.getDuedate().getTime() + 1_000));
    management.executeJob(reminder.getId());
    cases.runAsyncSteps(key);
    assertThat(notices(key)).contains("REMINDER");
    String dueOn = DateTimeFormatter.ofPattern("dd-MM-yyyy").withZone(India.ZONE)
        .format(task.getDueDate().toInstant());
    assertThat(body(key, "REMINDER")).contains("is due on " + dueOn + ".");

    ClockUtil.setCurrentTime(new Date(due.getDuedate().getTime() + 120_000));
    management.executeJob(due.getId());
    cases.runAsyncSteps(key);

    assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
        .contains(escalatedTo);
    Map<String, Object> breach = jdbc.queryForMap(
        "select escalated_to, late_by_minutes from insight_step where business_key = ? and step = ? and escalated_to is not null", key, step);
    assertThat(breach).containsEntry("escalated_to", escalatedTo);
    assertThat(((Number) breach.get("late_by_minutes")).longValue()).isEqualTo(2);
    assertThat(notices(key)).contains("ESCALATION");
    assertThat(body(key, "ESCALATION")).contains("was due on " + dueOn + " and has not been completed");
  }

  private static String eligible(CaseDriver cases, String process, int promoters) {
    String key = cases.apply(process, "applicant.rj-udr", CaseDriver.application("RJ", "RJ-UDR", promoters)).getBusinessKey();
    cases.runAsyncSteps(key);
    cases.uploadDocuments(key);
    return key;
  }

  private String body(String key, String notice) {
    return jdbc.queryForObject("select body from notice_log where business_key = ? and notice = ?",
        String.class, key, notice);
  }

  private List<String> notices(String key) {
    return jdbc.queryForList("select notice from notice_log where business_key = ?", String.class, key);
  }
}
