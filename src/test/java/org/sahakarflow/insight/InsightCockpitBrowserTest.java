package org.sahakarflow.insight;

import static java.time.Duration.ofDays;
import static java.time.Duration.ofHours;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ministry signs in to Cockpit in headless Chromium and finds the bottleneck dashboard and
 * the diagram overlay showing the figures of a seeded data set.
 */
@SahakarTest
class InsightCockpitBrowserTest {

  static final File CHROMIUM = new File("/usr/bin/chromium");
  static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
  static final String STEP = "Task_SeededStep";

  @Value("${local.server.port}")
  int port;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  RepositoryService repository;
  StepRows rows;
  String deploymentId;
  WebDriver driver;

  @AfterEach
  void cleanUp() {
    if (driver != null) {
      driver.quit();
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
    boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
    if (!installed && "true".equals(System.getenv("CI"))) {
      throw new IllegalStateException("CI needs /usr/bin/chromium and /usr/bin/chromedriver");
    }
    assumeTrue(installed, "Chromium and chromedriver are not installed; browser test skipped");
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

    driver = chromium();
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    String cockpit = "http://localhost:" + port + "/camunda/app/cockpit/default/";
    driver.get(cockpit);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[placeholder='Username']")))
        .sendKeys("ministry");
    driver.findElement(By.cssSelector("input[placeholder='Password']")).sendKeys(Http.DEMO_PASSWORD);
    driver.findElement(By.cssSelector("button[type='submit']")).click();

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
    System.out.println("insight dashboard rendered " + renderedMillis + " ms after sign-in");

    driver.get(cockpit + "#/process-definition/" + definition.getId() + "/runtime");
    WebElement overlay = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".sahakar-overlay[data-step='" + STEP + "']")));
    assertThat(overlay.getText().replaceAll("\\s+", " ")).isEqualTo("2/1 · 3.0h · 50.0%");
    assertThat(overlay.getDomAttribute("class")).contains("sahakar-rate-high");
  }

  private static WebDriver chromium() throws Exception {
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new",
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,1100",
        "--user-data-dir=" + Files.createTempDirectory("sahakar-insight-chromium"));
    return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
        .usingAnyFreePort().build(), options);
  }
}
