package org.sahakarflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The webapps speak the language the browser asks for first: Hindi to a browser set to Hindi,
 * English to one set to English (or to any language the webapps do not offer).
 */
@SahakarTest
class WebappLanguageBrowserTest {

  // how Camunda shows a label it has in no language: its key, e.g. PLGN_PROCESS_DEFINITIONS
  static final Pattern UNTRANSLATED_KEY = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");

  @Value("${local.server.port}")
  int port;
  @Autowired
  RepositoryService repository;

  @Test
  void applicantWithAHindiBrowserSignsInToTasklistInHindi() throws Exception {
    try (Browser applicant = new Browser(port, "hi")) {
      applicant.wait.until(ExpectedConditions.attributeToBe(applicant.openTasklistSignIn(), "placeholder", "उपयोगकर्ता नाम"));
      applicant.visible(By.xpath("//button[@type='submit'][normalize-space()='लॉग इन करें']"));
      applicant.screenshot("tasklist-sign-in-hi");

      applicant.signInToTasklist("applicant.rj-udr", Http.DEMO_PASSWORD);
      applicant.visible(By.xpath("//*[normalize-space()='सूची में से एक कार्य चुनें।']"));
      // the shared filters by their Hindi names
      applicant.visible(By.xpath("//*[contains(@class,'task-filters')]//h4/a[contains(., 'मेरे समूह के कार्य')]"));
      assertThat(applicant.driver.findElement(By.tagName("body")).getText())
          .contains("प्रक्रिया आरंभ करें", "दिनांक और समय स्थानीय समय क्षेत्र में दर्शाए गए हैं:", "मेरे कार्य")
          .doesNotContain("Start process", "Select a task in the list.", "My group tasks");
      applicant.screenshot("applicant-tasklist-hi");

      applicant.clickable(By.linkText("प्रक्रिया आरंभ करें")).click();
      applicant.visible(By.xpath("//*[normalize-space()='आरंभ करने के लिए प्रक्रिया पर क्लिक करें।']"));
      // the processes by their Hindi names too
      applicant.visible(By.linkText("नई एम-पैक्स का पंजीकरण"));
      assertThat(applicant.driver.findElement(By.cssSelector("ul.processes")).getText()).doesNotContain("Register a new");
      applicant.screenshot("applicant-start-process-hi");
    }
  }

  @Test
  void applicantWithAnEnglishBrowserSignsInToTasklistInEnglish() throws Exception {
    try (Browser applicant = new Browser(port, "en")) {
      applicant.signInToTasklist("applicant.rj-udr", Http.DEMO_PASSWORD);
      applicant.visible(By.xpath("//*[normalize-space()='Select a task in the list.']"));
      assertThat(applicant.driver.findElement(By.tagName("body")).getText())
          .contains("Start process", "Date and Time displayed in local timezone:")
          .doesNotContain("प्रक्रिया आरंभ करें", "मेरे समूह के कार्य");
      applicant.visible(By.xpath("//*[contains(@class,'task-filters')]//h4/a[contains(., 'My group tasks')]"));
      applicant.screenshot("applicant-tasklist-en");
    }
  }

  /** Cockpit's Hindi is partial: what hi.json lacks shows in English, never as a bare key. */
  @Test
  void ministryWithAHindiBrowserReadsCockpitInHindiAndTheRestInEnglish() throws Exception {
    try (Browser ministry = new Browser(port, "hi")) {
      ministry.signInToCockpit("ministry", Http.DEMO_PASSWORD);
      ministry.visible(By.linkText("प्रक्रियाएँ"));
      ministry.visible(By.xpath("//*[normalize-space()='प्रक्रिया परिभाषाएँ']"));
      ministry.screenshot("ministry-cockpit-hi");
      // the processes by their Hindi names, as in Tasklist
      ministry.open("/camunda/app/cockpit/default/#/processes");
      ministry.visible(By.xpath("//a[normalize-space()='नई एम-पैक्स का पंजीकरण']"));
      ministry.visible(By.xpath("//a[normalize-space()='आदर्श उपविधियाँ अपनाना']"));
      assertThat(ministry.driver.findElement(By.tagName("body")).getText())
          .doesNotContain("Register a new M-PACS", "Adopt the Model Bye-laws");
      ministry.screenshot("ministry-cockpit-processes-hi");

      String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey("mpacs-registration")
          .latestVersion().list().get(0).getId();
      ministry.open("/camunda/app/cockpit/default/#/process-definition/" + definitionId + "/runtime");
      // PROCESS_DEFINITION_DEFINITION_KEY is not in hi.json: Camunda's English stands in for it
      ministry.visible(By.xpath("//*[normalize-space()='Definition Key:']"));
      String page = ministry.driver.findElement(By.tagName("body")).getText();
      assertThat(page).contains("प्रक्रियाएँ", "mpacs-registration", "नई एम-पैक्स का पंजीकरण");
      assertThat(UNTRANSLATED_KEY.matcher(page).results().map(MatchResult::group).toList()).isEmpty();
      ministry.screenshot("ministry-cockpit-definition-hi");
    }
  }
}
