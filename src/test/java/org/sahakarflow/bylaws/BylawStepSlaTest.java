package org.sahakarflow.bylaws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
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
import org.sahakarflow.SahakarTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every step of {@code bye-law-adoption} with an SLA reminds whoever holds it before its due date
 * and escalates it after: the society's own steps to the district's registering officer, the
 * Registrar's scrutiny and the appeal hearing to the State's Registrar. By the engine clock.
 */
@SahakarTest
class BylawStepSlaTest {

  static final String SECRETARY_MAIL = BylawCases.SECRETARY + "@demo.sahakarflow.in";
  static final String OFFICER_MAIL = BylawCases.OFFICER + "@demo.sahakarflow.in";
  static final String STATE_REGISTRAR_MAIL = "registrar.rj@demo.sahakarflow.in";

  @Autowired
  ProcessEngine engine;
  @Autowired
  JdbcTemplate jdbc;
  BylawCases cases;

  @BeforeEach
  void setUp() {
    cases = new BylawCases(engine, jdbc);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  static Stream<Arguments> steps() {
    return Stream.of(
        Arguments.of(BylawAdoption.TASK_APPROVE_DRAFT, "BoardApproval", SECRETARY_MAIL, "rcs-district:RJ-UDR",
            OFFICER_MAIL, (Function<BylawCases, String>) BylawCases::proposed),
        Arguments.of(BylawAdoption.TASK_ISSUE_NOTICE, "MeetingNotice", SECRETARY_MAIL, "rcs-district:RJ-UDR",
            OFFICER_MAIL, (Function<BylawCases, String>) c -> {
              String key = c.proposed();
              c.draftApproved(key);
              return key;
            }),
        Arguments.of(BylawAdoption.TASK_RECORD_MEETING, "MeetingResult", SECRETARY_MAIL, "rcs-district:RJ-UDR",
            OFFICER_MAIL, (Function<BylawCases, String>) BylawCases::atMeeting),
        Arguments.of(BylawAdoption.TASK_SCRUTINISE, "Scrutiny", OFFICER_MAIL, "rcs-state:RJ",
            STATE_REGISTRAR_MAIL, (Function<BylawCases, String>) BylawCases::atScrutiny),
        Arguments.of(BylawAdoption.TASK_HEAR_APPEAL, "Hearing", STATE_REGISTRAR_MAIL, "rcs-state:RJ",
            STATE_REGISTRAR_MAIL, (Function<BylawCases, String>) BylawCases::atHearing));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("steps")
  void stepIsRemindedThenEscalated(String step, String label, String remindedMail, String escalatedTo,
      String escalationMail, Function<BylawCases, String> reach) {
    String key = reach.apply(cases);
    Task task = cases.driver.task(key, step);
    Job reminder = cases.driver.timer(key, "Timer_" + label + "Reminder");
    Job due = cases.driver.timer(key, "Timer_" + label + "Due");
    assertThat(task.getDueDate()).isEqualTo(due.getDuedate());
    assertThat(reminder.getDuedate()).isAfter(ClockUtil.getCurrentTime()).isBefore(due.getDuedate());

    ClockUtil.setCurrentTime(new Date(reminder.getDuedate().getTime() + 1_000));
    cases.fire(key, "Timer_" + label + "Reminder");
    assertThat(recipients(key, "REMINDER")).singleElement().asString().contains(remindedMail);

    ClockUtil.setCurrentTime(new Date(due.getDuedate().getTime() + 120_000));
    cases.fire(key, "Timer_" + label + "Due");

    assertThat(groups(task)).contains(escalatedTo);
    Map<String, Object> breach = jdbc.queryForMap(
        "select escalated_to, late_by_minutes from insight_step where business_key = ? and step = ? and escalated_to is not null", key, step);
    assertThat(breach).containsEntry("escalated_to", escalatedTo);
    assertThat(((Number) breach.get("late_by_minutes")).longValue()).isEqualTo(2);
    assertThat(recipients(key, "ESCALATION")).singleElement().asString().contains(escalationMail);
    assertThat(cases.driver.task(key, step).getId()).as("the escalated step stays open").isEqualTo(task.getId());
  }

  private List<String> groups(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId).toList();
  }

  private List<String> recipients(String key, String notice) {
    return jdbc.queryForList("select recipients from notice_log where business_key = ? and notice = ?",
        String.class, key, notice);
  }
}
