package org.sahakarflow.bylaws;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.browser.Browser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A secretary whose step the server refuses (a board resolution dated next year) is told so under
 * the date's own label, in English or in Hindi, with nothing of the engine's wrapper ("Cannot submit
 * task form …"), and the step stays open. Screenshots: target/screenshots/errors-*-secretary-refused.
 */
@SahakarTest
class BylawRefusalBrowserTest {

  @Value("${local.server.port}")
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  JdbcTemplate jdbc;

  @ParameterizedTest
  @ValueSource(strings = {"en", "hi"})
  void aBoardResolutionDatedInTheFutureIsRefusedInPlainWords(String language) throws Exception {
    BylawCases cases = new BylawCases(engine, jdbc);
    String key = cases.proposed();
    try (Browser secretary = new Browser(port, language)) {
      secretary.signInToTasklist(BylawCases.SECRETARY, Http.DEMO_PASSWORD);
      secretary.openAndClaim(cases.driver.task(key, BylawAdoption.TASK_APPROVE_DRAFT).getId());
      String nextYear = "03/11/" + (LocalDate.now().getYear() + 1);
      secretary.enterDate("Field_BoardResolutionDate", nextYear);
      secretary.tick("Dairy / डेयरी");
      secretary.keep(Map.of("Field_DraftNotes", "Dairy added as the Model Bye-laws allow"));
      secretary.inView(secretary.clickable(By.cssSelector("button[ng-click='complete()']"))).click();

      String expected = "hi".equals(language)
          ? "संचालक मंडल संकल्प की तिथि: बोर्ड संकल्प की तिथि भविष्य की नहीं हो सकती"
          : "Date of the board resolution: the board's resolution cannot be dated in the future";
      // the notification shows over the form; a hidden alert of the form's own may come first
      try {
        secretary.wait.until(page -> page.findElements(By.cssSelector(".alert .message")).stream()
            .anyMatch(message -> message.isDisplayed() && message.getText().equals(expected)));
      } catch (org.openqa.selenium.TimeoutException notSaid) {
        secretary.screenshot("errors-" + language + "-secretary-not-refused");
        throw notSaid;
      }
      secretary.screenshot("errors-" + language + "-secretary-refused");
      assertThat(secretary.driver.findElement(By.tagName("body")).getText())
          .doesNotContain("Cannot submit", "boardResolutionDate", "ENGINE-", "Exception");
    }
    assertThat(cases.driver.task(key, BylawAdoption.TASK_APPROVE_DRAFT)).as("the step stays open").isNotNull();
    assertThat(cases.driver.variable(key, "boardResolutionDate")).isNull();
  }
}
