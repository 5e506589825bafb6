package org.sahakarflow.bylaws;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The ministry follows a bye-law amendment in Cockpit, in English and in Hindi: with Udaipur picked
 * on the bottleneck dashboard, the amendment waits at the district officer's scrutiny, by the
 * process's and step's names in the reader's language, and counts as in progress for Udaipur's
 * M-PACS; the diagram shows where it waits; once the amendment is registered, Udaipur counts one
 * more society that has adopted the Model Bye-laws. Screenshots: target/screenshots/bylaw-*-ministry-*.
 */
@SahakarTest
class BylawMinistryBrowserTest {

  private static final String STEP_ROW = "#sahakar-steps tr[data-step='bye-law-adoption/" + BylawAdoption.TASK_SCRUTINISE + "']";
  private static final String UDAIPUR_ROW = "#sahakar-adoption tr[data-district='RJ-UDR']";

  @Value("${local.server.port}")
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  JdbcTemplate jdbc;

  /** The case's meeting moved the engine clock on; the next test starts at the real time. */
  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "hi"})
  void theMinistrySeesTheAmendmentWaitAndTheSocietyAdopt(String language) throws Exception {
    BylawCases cases = new BylawCases(engine, jdbc);
    String key = cases.atScrutiny();
    boolean hindi = "hi".equals(language);

    try (Browser ministry = new Browser(port, language)) {
      ministry.signInToCockpit("ministry", Http.DEMO_PASSWORD);
      ministry.openBottlenecks("RJ", "RJ-UDR");

      WebElement step = ministry.visible(By.cssSelector(STEP_ROW));
      assertThat(step.getText()).as("the process and the step by name").startsWith(hindi
          ? "आदर्श उपविधियाँ अपनाना संशोधन की संवीक्षा करें"
          : "Adopt the Model Bye-laws Scrutinise amendment");
      assertThat(step.findElement(By.className("held-by")).getText()).isEqualTo(hindi ? "कार्यालय" : "Office");
      assertThat(count(step, "open")).as("Udaipur's amendments at scrutiny").isPositive();
      long inProgress = count(ministry.driver.findElement(By.cssSelector(UDAIPUR_ROW)), "in-progress");
      long adopted = count(ministry.driver.findElement(By.cssSelector(UDAIPUR_ROW)), "adopted");
      assertThat(inProgress).as("the amendment in progress").isPositive();
      ministry.inView(step);
      ministry.screenshot("bylaw-" + language + "-ministry-waiting");

      // where the amendments wait, on the model
      String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey("bye-law-adoption").latestVersion().singleResult().getId();
      ministry.open("/camunda/app/cockpit/default/#/process-definition/" + definitionId + "/runtime");
      WebElement overlay = ministry.visible(By.cssSelector(".sahakar-overlay[data-step='" + BylawAdoption.TASK_SCRUTINISE + "']"));
      assertThat(Long.parseLong(overlay.findElement(By.className("open")).getText())).isPositive();
      ministry.screenshot("bylaw-" + language + "-ministry-diagram");

      cases.driver.complete(key, BylawAdoption.TASK_SCRUTINISE, BylawCases.OFFICER,
          CaseDriver.vars("scrutinyOutcome", "REGISTER"));
      cases.driver.runAsyncSteps(key);
      assertThat(cases.status(key)).isEqualTo("REGISTERED");

      ministry.openBottlenecks("RJ", "RJ-UDR");
      WebElement udaipur = ministry.visible(By.cssSelector(UDAIPUR_ROW));
      assertThat(count(udaipur, "adopted")).as("the society has adopted").isEqualTo(adopted + 1);
      assertThat(count(udaipur, "in-progress")).isEqualTo(inProgress - 1);
      assertThat(udaipur.getText()).startsWith(hindi ? "राजस्थान" : "Rajasthan Udaipur");
      ministry.inView(udaipur);
      ministry.screenshot("bylaw-" + language + "-ministry-adopted");
    }
  }

  private static long count(WebElement row, String column) {
    return Long.parseLong(row.findElement(By.className(column)).getText());
  }
}
