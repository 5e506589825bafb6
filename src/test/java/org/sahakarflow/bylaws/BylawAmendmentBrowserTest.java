package org.sahakarflow.bylaws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.sahakarflow.CaseDriver;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.browser.Browser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A society's secretary takes a bye-law amendment through its board and its meeting notice in
 * Tasklist, typing the dates day first as Indian offices write them, and the district's registering
 * officer scrutinises and registers it from the note-sheet, in English and in Hindi. The browser
 * runs in Chromium's own en-US locale, whose month-first order Camunda Forms would otherwise use.
 * The meeting itself and the submission run through the engine. Screenshots: target/screenshots/bylaw-*.
 */
@SahakarTest
class BylawAmendmentBrowserTest {

  @Value("${local.server.port}")
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  JdbcTemplate jdbc;

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "hi"})
  void secretaryTypesDatesDayFirstAndTheDistrictOfficerRegistersFromTheNoteSheet(String language) throws Exception {
    BylawCases cases = new BylawCases(engine, jdbc);
    String key = cases.proposed();

    try (Browser secretary = new Browser(port, language)) {
      secretary.signInToTasklist(BylawCases.SECRETARY, Http.DEMO_PASSWORD);
      openAndClaim(secretary, cases, key, BylawAdoption.TASK_APPROVE_DRAFT);
      // 3 November: month first, as an en-US browser reads it, this would be 11 March
      WebElement approvedOn = secretary.dateInput("Field_BoardResolutionDate");
      assertThat(approvedOn.getDomAttribute("placeholder")).isEqualTo("dd/mm/yyyy");
      secretary.enterDate("Field_BoardResolutionDate", "03/11/2026");
      secretary.tick("Dairy / डेयरी");
      secretary.keep(Map.of("Field_DraftNotes", "Dairy and godown added as the Model Bye-laws allow"));
      secretary.inView(secretary.dateInput("Field_BoardResolutionDate"));
      secretary.screenshot("bylaw-" + language + "-board-approval");
      complete(secretary, language, cases, key, BylawAdoption.TASK_APPROVE_DRAFT);
      assertThat(cases.driver.variable(key, "boardResolutionDate")).isEqualTo("2026-11-03");

      openAndClaim(secretary, cases, key, BylawAdoption.TASK_ISSUE_NOTICE);
      // the board's date as the society wrote it, not as the engine keeps it
      secretary.visible(By.xpath("//*[contains(@class,'fjs-form')]//*[contains(., 'approved the draft on 03/11/2026')]"));
      secretary.enterDate("Field_NoticeIssuedOn", "04/11/2026");
      secretary.keep(Map.of("Field_TotalMembers", String.valueOf(BylawCases.MEMBERS),
          "Field_MeetingVenue", "Society office, Kheda"));
      secretary.screenshot("bylaw-" + language + "-meeting-notice");
      complete(secretary, language, cases, key, BylawAdoption.TASK_ISSUE_NOTICE);
      assertThat(cases.driver.variable(key, "noticeIssuedOn")).isEqualTo("2026-11-04");
    }

    cases.fire(key, BylawAdoption.TIMER_NOTICE_PERIOD);
    String earliest = (String) cases.driver.variable(key, "earliestMeetingDate");
    cases.meeting(key, 99, 99, 66, 33);
    cases.driver.complete(key, BylawAdoption.TASK_SUBMIT, null, BylawCases.submission());
    String heldOn = earliest.substring(8, 10) + "/" + earliest.substring(5, 7) + "/" + earliest.substring(0, 4);

    try (Browser officer = new Browser(port, language)) {
      officer.signInToTasklist(BylawCases.OFFICER, Http.DEMO_PASSWORD);
      openAndClaim(officer, cases, key, BylawAdoption.TASK_SCRUTINISE);
      // the meeting and the society's earlier steps on the note-sheet, every date day first
      officer.visible(By.xpath("//*[contains(@class,'fjs-form')]//*[contains(., 'Meeting / आम सभा: " + heldOn + "')]"));
      officer.visible(By.xpath("//*[contains(@class,'fjs-form')]//strong[normalize-space()='Approve draft bye-laws']"));
      officer.visible(By.xpath("//*[contains(@class,'fjs-form')]//li[contains(., '03/11/2026')]"));
      officer.visible(By.xpath("//*[contains(@class,'fjs-form')]//li[contains(., 'Meeting held on / बैठक दिनांक: " + heldOn + "')]"));
      assertThat(officer.driver.findElement(By.cssSelector(".fjs-form")).getText()).doesNotContain("2026-11-03");
      officer.tick("Register the amendment");
      officer.screenshot("bylaw-" + language + "-district-officer-scrutiny");
      complete(officer, language, cases, key, BylawAdoption.TASK_SCRUTINISE);
    }
    assertThat(cases.status(key)).isEqualTo("REGISTERED");
  }

  private static void openAndClaim(Browser browser, BylawCases cases, String key, String step) {
    browser.openAndClaim(cases.driver.task(key, step).getId());
  }

  private static void complete(Browser browser, String language, BylawCases cases, String key, String step)
      throws Exception {
    browser.complete(() -> cases.driver.stepDone(key, step), "bylaw-" + language + "-" + step);
    cases.driver.runAsyncSteps(key);
  }
}
