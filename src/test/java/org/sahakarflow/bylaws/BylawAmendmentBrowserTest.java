package org.sahakarflow.bylaws;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sahakarflow.CaseDriver;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.WebappLabels;
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
      openAndClaim(secretary, language, cases, key, BylawAdoption.TASK_APPROVE_DRAFT);
      // 3 November: month first, as an en-US browser reads it, this would be 11 March
      WebElement approvedOn = dateInput(secretary, "Field_BoardResolutionDate");
      assertThat(approvedOn.getDomAttribute("placeholder")).isEqualTo("dd/mm/yyyy");
      enterDate(secretary, "Field_BoardResolutionDate", "03/11/2026");
      inView(secretary, secretary.clickable(By.xpath("//*[contains(@class,'fjs-form')]//label[contains(., 'Dairy / डेयरी')]")))
          .click();
      keep(secretary, Map.of("Field_DraftNotes", "Dairy and godown added as the Model Bye-laws allow"));
      inView(secretary, dateInput(secretary, "Field_BoardResolutionDate"));
      secretary.screenshot("bylaw-" + language + "-board-approval");
      complete(secretary, language, cases, key, BylawAdoption.TASK_APPROVE_DRAFT);
      assertThat(cases.driver.variable(key, "boardResolutionDate")).isEqualTo("2026-11-03");

      openAndClaim(secretary, language, cases, key, BylawAdoption.TASK_ISSUE_NOTICE);
      // the board's date as the society wrote it, not as the engine keeps it
      secretary.visible(By.xpath("//*[contains(@class,'fjs-form')]//*[contains(., 'approved the draft on 03/11/2026')]"));
      enterDate(secretary, "Field_NoticeIssuedOn", "04/11/2026");
      keep(secretary, Map.of("Field_TotalMembers", String.valueOf(BylawCases.MEMBERS),
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
      openAndClaim(officer, language, cases, key, BylawAdoption.TASK_SCRUTINISE);
      // the meeting and the society's earlier steps on the note-sheet, every date day first
      officer.visible(By.xpath("//*[contains(@class,'fjs-form')]//*[contains(., 'Meeting / आम सभा: " + heldOn + "')]"));
      officer.visible(By.xpath("//*[contains(@class,'fjs-form')]//strong[normalize-space()='Approve draft bye-laws']"));
      officer.visible(By.xpath("//*[contains(@class,'fjs-form')]//li[contains(., '03/11/2026')]"));
      officer.visible(By.xpath("//*[contains(@class,'fjs-form')]//li[contains(., 'Meeting held on / बैठक दिनांक: " + heldOn + "')]"));
      assertThat(officer.driver.findElement(By.cssSelector(".fjs-form")).getText()).doesNotContain("2026-11-03");
      inView(officer, officer.clickable(By.xpath("//*[contains(@class,'fjs-form')]//label[contains(., 'Register the amendment')]")))
          .click();
      officer.screenshot("bylaw-" + language + "-district-officer-scrutiny");
      complete(officer, language, cases, key, BylawAdoption.TASK_SCRUTINISE);
    }
    assertThat(cases.status(key)).isEqualTo("REGISTERED");
  }

  /** A long form puts the button under Tasklist's footer until it is scrolled to. */
  private static WebElement inView(Browser browser, WebElement element) {
    ((JavascriptExecutor) browser.driver).executeScript(
        "arguments[0].scrollIntoView({block: 'center'})", element);
    return element;
  }

  /**
   * Types the texts and leaves each field, then waits until the form holds them all: the date
   * picker's change re-renders the form a moment later, and a text typed into it before then was
   * once lost (the form then refuses to complete), so a lost text is typed again.
   */
  private static void keep(Browser browser, Map<String, String> texts) {
    for (int attempt = 0; attempt < 3; attempt++) {
      texts.forEach((field, text) -> {
        if (!text.equals(browser.field(field).getDomProperty("value"))) {
          browser.type(field, text);
          browser.field(field).sendKeys(Keys.TAB);
        }
      });
      try {
        // watched for two seconds: a text the form loses is lost within that
        new WebDriverWait(browser.driver, Duration.ofSeconds(2)).until(page -> anyLost(browser, texts));
      } catch (TimeoutException kept) {
        return;
      }
    }
    throw new IllegalStateException("the form does not keep " + texts.keySet());
  }

  private static boolean anyLost(Browser browser, Map<String, String> texts) {
    return texts.entrySet().stream().anyMatch(t -> !t.getValue().equals(browser.field(t.getKey()).getDomProperty("value")));
  }

  private static WebElement dateInput(Browser browser, String fieldId) {
    return browser.visible(By.cssSelector(".fjs-form input[id*='" + fieldId + "']"));
  }

  /** Types a date as a person does and leaves the field, which is when the date picker reads it. */
  private static void enterDate(Browser browser, String fieldId, String dayFirst) {
    WebElement input = dateInput(browser, fieldId);
    input.click();
    input.sendKeys(dayFirst);
    input.sendKeys(Keys.TAB);
    browser.wait.until(page -> dayFirst.equals(dateInput(browser, fieldId).getDomProperty("value")));
  }

  private static void openAndClaim(Browser browser, String language, BylawCases cases, String key, String step) {
    browser.open("/camunda/app/tasklist/default/#/?task=" + cases.driver.task(key, step).getId());
    WebElement claim = browser.clickable(By.cssSelector("button.claim"));
    assertThat(claim.getText()).isEqualTo(WebappLabels.tasklist(language, "CLAIM_TASK"));
    claim.click();
    browser.visible(By.cssSelector("button[ng-click='complete()']"));
    browser.visible(By.cssSelector(".fjs-form"));
  }

  private static void complete(Browser browser, String language, BylawCases cases, String key, String step) {
    WebElement complete = browser.clickable(By.cssSelector("button[ng-click='complete()']"));
    assertThat(complete.getText()).isEqualTo(WebappLabels.tasklist(language, "COMPLETE"));
    inView(browser, complete).click();
    try {
      browser.wait.until(page -> cases.engine.getTaskService().createTaskQuery().processInstanceBusinessKey(key)
          .taskDefinitionKey(step).count() == 0);
    } catch (TimeoutException notCompleted) {
      try {
        browser.screenshot("bylaw-" + language + "-" + step + "-not-completed");
      } catch (java.io.IOException ignored) {
        // the failure below says what matters
      }
      throw notCompleted;
    }
    cases.driver.runAsyncSteps(key);
  }
}
