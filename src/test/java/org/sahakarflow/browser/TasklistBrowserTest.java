package org.sahakarflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sahakarflow.CaseDriver;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.StepIds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** An applicant applies in Tasklist; the district's registering officer finds and claims the case. */
@SahakarTest
class TasklistBrowserTest {

  @Value("${local.server.port}")
  int port;
  @Autowired
  ProcessEngine engine;

  @Test
  void applicantAppliesFromTheStartFormAndTheDistrictOfficerClaimsTheScrutiny() throws Exception {
    String societyName = "Browser Kheda PACS " + System.nanoTime();
    try (Browser applicant = new Browser(port)) {
      applicant.signInToTasklist("applicant.rj-udr", Http.DEMO_PASSWORD);
      // a promoter is not asked to migrate to Camunda 8, nor offered tasks outside any case
      applicant.visible(By.cssSelector("[cam-widget-header]"));
      assertThat(applicant.driver.findElement(By.tagName("body")).getText())
          .contains("Start process").doesNotContain("Camunda 8").doesNotContain("Create task");
      applicant.screenshot("applicant-tasklist");
      applicant.openStartForm("Register a new M-PACS");
      // a Rajasthan promoter files in Rajasthan: the State is chosen, only its districts are offered
      assertThat(applicant.field("Field_StateCode").getDomProperty("value")).startsWith("Rajasthan");
      applicant.field("Field_DistrictCode").click();
      assertThat(applicant.options()).anyMatch(o -> o.startsWith("Udaipur")).noneMatch(o -> o.contains("Tirupati"));
      applicant.fillMpacsApplication(societyName, "Kheda", "BRW", 4411, "kailash@example.in", "9876543210");
      applicant.clickWhenAccepted(By.xpath("//button[normalize-space()='Start']"));
      applicant.wait.until(ExpectedConditions.invisibilityOfElementLocated(
          By.xpath("//button[normalize-space()='Start']")));
    }

    ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("mpacs-registration").variableValueEquals("societyName", societyName).singleResult();
    assertThat(instance).as("the case started from Tasklist").isNotNull();
    assertThat(instance.getBusinessKey()).matches("RJ-UDR-MPACS-\\d{4}-\\d{6}");
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), "applicantId")).isEqualTo("applicant.rj-udr");
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), "promoters").toString()).contains("BRW-15");
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), "districtName")).isEqualTo("Udaipur");

    CaseDriver cases = new CaseDriver(engine);
    cases.runAsyncSteps(instance.getBusinessKey());
    cases.uploadDocuments(instance.getBusinessKey());
    cases.complete(instance.getBusinessKey(), StepIds.TASK_RECORD_VIABILITY_NOTE, "nabard.rj",
        Map.of("viabilityNote", "viable", "viable", true));

    // a district's queue is long: more applications arrive after this one, a page's worth
    for (int more = 0; more < 15; more++) {
      cases.mpacsAtScrutiny("RJ", "RJ-UDR", "applicant.rj-udr");
    }

    try (Browser officer = new Browser(port)) {
      officer.signInToTasklist("rcs.rj-udr", Http.DEMO_PASSWORD);
      officer.clickable(By.partialLinkText("My group tasks")).click();
      // the row says whose case it is: application number, society and district by name; the
      // group's queue holds the other tests' cases too, so the officer pages through it
      By row = By.xpath("//li[contains(concat(' ', @class, ' '), ' task ')][contains(., 'Scrutinise application')]"
          + "[contains(., '" + instance.getBusinessKey() + "')][contains(., '" + societyName + "')][contains(., 'Udaipur')]");
      try {
        new WebDriverWait(officer.driver, Duration.ofSeconds(5)).until(ExpectedConditions.visibilityOfElementLocated(row));
      } catch (TimeoutException notOnTheFirstPage) {
        officer.visible(By.cssSelector("li.task"));
      }
      for (int page = 1; officer.driver.findElements(row).isEmpty(); page++) {
        List<WebElement> next = officer.driver.findElements(By.cssSelector("li.pagination-next:not(.disabled) a"));
        assertThat(next).as("the case on page %d or a next page", page).isNotEmpty();
        WebElement first = officer.driver.findElement(By.cssSelector("li.task"));
        officer.inView(next.get(0)).click();
        officer.wait.until(ExpectedConditions.stalenessOf(first));
        officer.visible(By.cssSelector("li.task"));
      }
      officer.inView(officer.visible(row));
      officer.screenshot("officer-group-tasks");
      String taskId = cases.task(instance.getBusinessKey(), StepIds.TASK_SCRUTINISE_APPLICATION).getId();
      officer.open("/camunda/app/tasklist/default/#/?task=" + taskId);
      officer.visible(By.xpath("//*[contains(., '" + instance.getBusinessKey() + "')]"));
      officer.clickable(By.cssSelector("button.claim")).click();
      officer.wait.until(browser -> "rcs.rj-udr".equals(
          cases.task(instance.getBusinessKey(), StepIds.TASK_SCRUTINISE_APPLICATION).getAssignee()));
      officer.clickable(By.partialLinkText("My tasks")).click();
      officer.visible(By.xpath("//*[contains(@class,'task')][contains(., 'Scrutinise application')]"
          + "[contains(., 'Sunita Sharma')]"));
      // the scrutiny form, now the officer's, sums the application up and links to all of it
      officer.open("/camunda/app/tasklist/default/#/?task=" + taskId);
      officer.visible(By.xpath("//*[contains(@class,'fjs-form')]//*[contains(., 'Kheda and Bhuwana villages')]"));
    // the note-sheet: NABARD's step before this one, with what it wrote
    officer.visible(By.xpath("//*[contains(@class,'fjs-form')]//*[contains(., 'Note-sheet')]"));
    officer.visible(By.xpath("//*[contains(@class,'fjs-form')]//strong[normalize-space()='Record NABARD viability note']"));
    officer.visible(By.xpath("//*[contains(@class,'fjs-form')]//li[contains(., 'Viable / व्यवहार्य: yes')]"));
    officer.screenshot("officer-scrutiny-note-sheet");
    // the district by its name, not its code
    officer.visible(By.xpath("//*[contains(@class,'fjs-form')]//*[contains(., '" + instance.getBusinessKey() + "** — Udaipur')"
        + " or contains(., '" + instance.getBusinessKey() + " — Udaipur')]"));
      officer.visible(By.xpath("//*[contains(@class,'fjs-form')]//a[contains(@href, '/api/registrations/"
          + instance.getBusinessKey() + "/view')]"));
    }
    assertThat(cases.task(instance.getBusinessKey(), StepIds.TASK_SCRUTINISE_APPLICATION).getAssignee())
        .isEqualTo("rcs.rj-udr");
  }
}
