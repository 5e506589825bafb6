package org.sahakarflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sahakarflow.CaseDriver;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.StepIds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * What a promoter and an officer are told when Tasklist or the server refuses what they typed, in
 * English and in Hindi: what the form's own check means (never its pattern), and the server's
 * refusal under the label they filled in, without the engine's wrapper, its codes or the field's
 * key. Screenshots: target/screenshots/errors-*.
 */
@SahakarTest
class PlainErrorsBrowserTest {

  private static final By START = By.cssSelector("button[ng-click='startProcessInstance()']");
  private static final List<String> ENGINE_WORDS = List.of("pattern", "^[", "Cannot instantiate", "Cannot submit",
      "ENGINE-", "Exception", "shareCapitalPaid", "queryText", "process definition");

  @Value("${local.server.port}")
  int port;
  @Autowired
  ProcessEngine engine;

  @ParameterizedTest
  @ValueSource(strings = {"en", "hi"})
  void aPromotersMistakesAreNamedInPlainWordsUnderWhatTheyFilledIn(String language) throws Exception {
    long filedBefore = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("mpacs-registration").count();
    try (Browser promoter = new Browser(port, language)) {
      promoter.signInToTasklist("applicant.rj-udr", Http.DEMO_PASSWORD);
      promoter.openStartForm(say(language, "Register a new M-PACS", "नई एम-पैक्स का पंजीकरण"));
      promoter.fillMpacsApplication("Errors Kheda PACS " + language, "Kheda", "ERR" + language, 7001,
          "errors." + language + "@example.in", "9876543210");

      // the form's own check: the sign it refuses, named; its pattern never shown
      promoter.type("Field_AreaOfOperation", "Kheda <and> Bhuwana");
      promoter.field("Field_AreaOfOperation").sendKeys(Keys.TAB);
      WebElement formError = promoter.visible(By.cssSelector(".fjs-form-field-error li"));
      promoter.wait.until(page -> formError.getText().equals(say(language, "Please leave out the signs < and >.",
          "कृपया < और > चिह्न न लिखें।")));
      promoter.screenshot("errors-" + language + "-form-check");
      promoter.keep(Map.of("Field_AreaOfOperation", "Kheda and Bhuwana villages"));

      // a promoter's row put wrong and right again: the mistake said under the row, then gone, and the
      // form can still be sent (Tasklist 7.24 alone would keep its button disabled: scripts/sahakar-lists.js)
      promoter.typeInRow(3, "Field_PromoterHousehold", "ERR 4!");
      promoter.inRow(3, "Field_PromoterHousehold").sendKeys(Keys.TAB);
      By rowError = By.xpath("(//div[contains(@class,'fjs-repeat-row-container')])[4]//*[contains(@class,'fjs-form-field-error')]//li");
      promoter.wait.until(page -> promoter.visible(rowError).getText().equals(say(language,
          "Please use only letters, digits, / and -.", "कृपया केवल अक्षर, अंक, / और - का प्रयोग करें।")));
      promoter.screenshot("errors-" + language + "-promoter-row");
      promoter.typeInRow(3, "Field_PromoterHousehold", "ERR" + language + "-4");
      promoter.inRow(3, "Field_PromoterHousehold").sendKeys(Keys.TAB);
      promoter.wait.until(ExpectedConditions.invisibilityOfElementLocated(rowError));

      // the server's refusal: more paid than subscribed; the click also shows the corrected row left
      // the button enabled
      promoter.keep(Map.of("Field_ShareCapitalPaid", "200000"));
      promoter.clickWhenAccepted(START);
      WebElement refusal = promoter.visible(By.cssSelector(".alert .message"));
      promoter.wait.until(page -> refusal.getText().equals(say(language,
          "Share capital paid (₹): must not exceed the capital subscribed", "प्रदत्त अंश पूंजी (₹): अभिदत्त अंश पूंजी से अधिक नहीं हो सकती")));
      promoter.screenshot("errors-" + language + "-refused");
      String shown = promoter.driver.findElement(By.tagName("body")).getText();
      assertThat(ENGINE_WORDS).noneMatch(shown::contains);
    }
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("mpacs-registration").count())
        .as("nothing filed").isEqualTo(filedBefore);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "hi"})
  void anOfficersQueryWithoutItsTextIsAskedFor(String language) throws Exception {
    CaseDriver cases = new CaseDriver(engine);
    String key = cases.apply("mpacs-registration", "applicant.rj-udr", CaseDriver.application("RJ", "RJ-UDR", 25)).getBusinessKey();
    cases.runAsyncSteps(key);
    cases.uploadDocuments(key);
    cases.complete(key, StepIds.TASK_RECORD_VIABILITY_NOTE, "nabard.rj", CaseDriver.vars("viabilityNote", "Viable", "viable", true));
    cases.runAsyncSteps(key);
    try (Browser officer = new Browser(port, language)) {
      officer.signInToTasklist("rcs.rj-udr", Http.DEMO_PASSWORD);
      officer.openAndClaim(cases.task(key, StepIds.TASK_SCRUTINISE_APPLICATION).getId());
      officer.tick("Raise a query to the applicant");
      officer.inView(officer.clickable(By.cssSelector("button[ng-click='complete()']"))).click();
      WebElement missing = officer.visible(By.cssSelector(".fjs-form-field-error li"));
      officer.wait.until(page -> missing.getText().equals(say(language, "Please fill this in.", "कृपया यह भरें।")));
      officer.screenshot("errors-" + language + "-officer-query-without-text");
      String shown = officer.driver.findElement(By.tagName("body")).getText();
      assertThat(ENGINE_WORDS).noneMatch(shown::contains);
      assertThat(shown).doesNotContain("Field is required");
    }
    assertThat(cases.task(key, StepIds.TASK_SCRUTINISE_APPLICATION)).as("the step stays open").isNotNull();
  }

  private static String say(String language, String english, String hindi) {
    return "hi".equals(language) ? hindi : english;
  }
}
