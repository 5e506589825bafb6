package org.sahakarflow.insight;

import static java.time.Duration.ofDays;
import static java.time.Duration.ofHours;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.browser.Browser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ministry signs in to Cockpit in headless Chromium and finds the bottleneck dashboard and
 * the diagram overlay showing the figures of a seeded data set.
 */
@SahakarTest
class InsightCockpitBrowserTest {

  static final String STEP = "Task_SeededStep";

  @Value("${local.server.port}")
  int port;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  RepositoryService repository;
  StepRows rows;
  String deploymentId;
  Browser browser;

  @AfterEach
  void cleanUp() {
    if (browser != null) {
      browser.close();
    }
    if (rows != null) {
      rows.clear();
    }
    if (deploymentId != null) {
      repository.deleteDeployment(deploymentId, true);
    }
  }

  @Test
  void ministrySeesDashboardAndDiagramOverlay() throws Exception {
    browser = new Browser(port);
    WebDriver driver = browser.driver;
    String key = "insight-browser-" + UUID.randomUUID().toString().substring(0, 8);
    BpmnModelInstance model = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
        .startEvent().userTask(STEP).name("Seeded step").camundaCandidateGroups("ministry").endEvent().done();
    deploymentId = repository.createDeployment().addModelInstance(key + ".bpmn", model).deploy().getId();
    ProcessDefinition definition = repository.createProcessDefinitionQuery().deploymentId(deploymentId).singleResult();
    // open: one a day overdue, one due tomorrow; completed in 2 h (on time) and 4 h (1 h late): median 3 h, 50 %
    rows = new StepRows(jdbc, Instant.now(), key);
    rows.open(STEP, "RJ", "RJ-UDR", ofDays(-1));
    rows.open(STEP, "RJ", "RJ-UDR", ofDays(1));
    rows.completed(STEP, "RJ", "RJ-UDR", ofDays(1), ofHours(2), ofHours(3));
    rows.completed(STEP, "RJ", "RJ-UDR", ofDays(2), ofHours(4), ofHours(3));

    WebDriverWait wait = browser.wait;
    browser.signInToCockpit("ministry", Http.DEMO_PASSWORD);

    long start = System.nanoTime();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#sahakar-insight[data-loaded='true']")));
    long renderedMillis = (System.nanoTime() - start) / 1_000_000;
    WebElement row = driver.findElement(By.cssSelector("#sahakar-steps tr[data-step='" + key + "/" + STEP + "']"));
    assertThat(row.findElement(By.className("open")).getText()).isEqualTo("2");
    assertThat(row.findElement(By.className("overdue")).getText()).isEqualTo("1");
    assertThat(row.findElement(By.className("median")).getText()).isEqualTo("3.0");
    assertThat(row.findElement(By.className("breach-rate")).getText()).isEqualTo("50.0%");
    assertThat(driver.findElement(By.cssSelector("#sahakar-heat tr[data-state='RJ'] td[data-step='" + key + "/" + STEP + "']"))
        .getText()).isEqualTo("1");
    assertThat(driver.findElement(By.id("sahakar-overdue")).getText()).contains(STEP);
    // the shipped targets give Udaipur 50 new M-PACS in 2026
    WebElement target = driver.findElement(By.cssSelector("#sahakar-formation tr[data-district='RJ-UDR'][data-type='MPACS']"));
    assertThat(target.findElement(By.className("target")).getText()).isEqualTo("50");
    assertThat(driver.findElement(By.cssSelector("#sahakar-adoption thead")).getText()).contains("Not started");
    System.out.println("insight dashboard rendered " + renderedMillis + " ms after sign-in");

    browser.open("/camunda/app/cockpit/default/#/process-definition/" + definition.getId() + "/runtime");
    WebElement overlay = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".sahakar-overlay[data-step='" + STEP + "']")));
    assertThat(overlay.getText().replaceAll("\\s+", " ")).isEqualTo("2/1 · 3.0h · 50.0%");
    assertThat(overlay.getDomAttribute("class")).contains("sahakar-rate-high");
  }
}
