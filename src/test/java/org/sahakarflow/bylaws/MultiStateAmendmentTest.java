package org.sahakarflow.bylaws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sahakarflow.CaseDriver.vars;

import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.system.India;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A multi-State society is on record with the Central Registrar (MS, office MS-CRC), so its bye-law
 * amendment goes there: 15 clear days' notice of the general meeting and 60 days to appeal a refusal.
 */
@SahakarTest
class MultiStateAmendmentTest {

  static final String SECRETARY = "applicant.ms";

  @Autowired
  ProcessEngine engine;
  @Autowired
  JdbcTemplate jdbc;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theCentralRegistrarsOfficeTakesTheAmendmentAfterFifteenClearDaysAndARefusalMayBeAppealedForSixtyDays() {
    // notice on Monday 6 April 2026: the 15 clear days run 7 to 21 April, the meeting may be on the 22nd
    ClockUtil.setCurrentTime(India.startOf(LocalDate.of(2026, 4, 6)));
    BylawCases cases = new BylawCases(engine, jdbc);
    String key = cases.propose(cases.society("MS", "MS-CRC", SECRETARY), SECRETARY, "MS", "MS-CRC");
    cases.draftApproved(key);
    cases.driver.complete(key, BylawAdoption.TASK_ISSUE_NOTICE, null,
        vars("noticeIssuedOn", "2026-04-06", "totalMembers", 300));
    assertThat(cases.driver.variable(key, "earliestMeetingDate")).isEqualTo("2026-04-22");
    ClockUtil.setCurrentTime(India.startOf(LocalDate.of(2026, 4, 23)));
    cases.fire(key, BylawAdoption.TIMER_NOTICE_PERIOD);

    String taskId = cases.driver.task(key, BylawAdoption.TASK_RECORD_MEETING).getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, vars("meetingDate", "2026-04-21",
        "membersPresent", 200, "membersVoting", 200, "votesInFavour", 150, "votesAgainst", 50)))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("15 clear days")
        .hasMessageContaining("on or after 2026-04-22");
    cases.driver.complete(key, BylawAdoption.TASK_RECORD_MEETING, null, vars("meetingDate", "2026-04-22",
        "membersPresent", 200, "membersVoting", 200, "votesInFavour", 150, "votesAgainst", 50));
    cases.driver.complete(key, BylawAdoption.TASK_SUBMIT, null, BylawCases.submission());

    assertThat(engine.getTaskService().getIdentityLinksForTask(cases.driver.task(key, BylawAdoption.TASK_SCRUTINISE).getId()))
        .extracting(IdentityLink::getGroupId).contains("rcs-district:MS-CRC");
    // refused on Monday 4 May: day 60 is Friday 3 July, a working day of the Central Registrar's office
    ClockUtil.setCurrentTime(India.startOf(LocalDate.of(2026, 5, 4)));
    cases.driver.complete(key, BylawAdoption.TASK_SCRUTINISE, "rcs.ms-crc",
        vars("scrutinyOutcome", "REFUSE", "refusalReasons", "The old and new text differ from the resolution"));
    assertThat(cases.driver.variable(key, "appealDeadline")).isEqualTo("2026-07-03");
  }
}
