package org.sahakarflow.insight;

import static java.time.Duration.ofDays;
import static java.time.Duration.ofHours;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
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
  static final String APPLICANT_STEP = "Task_SeededUpload";

  @Value("${local.server.port}")
  int port;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  RepositoryService repository;
  StepRows rows;
  String deploymentId;
  String definitionId;
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
    String key = seed();

    WebDriverWait wait = browser.wait;
    browser.signInToCockpit("ministry", Http.DEMO_PASSWORD);
    browser.clickable(By.id("sahakar-insight-link")).click();

    long start = System.nanoTime();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#sahakar-insight[data-loaded='true']")));
    long renderedMillis = (System.nanoTime() - start) / 1_000_000;
    WebElement row = driver.findElement(By.cssSelector("#sahakar-steps tr[data-step='" + key + "/" + STEP + "']"));
    assertThat(row.getText()).as("plain process and step names").startsWith("Seeded process Seeded step Office");
    assertThat(row.findElement(By.className("open")).getText()).isEqualTo("2");
    assertThat(row.findElement(By.className("overdue")).getText()).isEqualTo("1");
    assertThat(row.findElement(By.className("median")).getText()).isEqualTo("3.0");
    assertThat(row.findElement(By.className("breach-rate")).getText()).isEqualTo("50.0%");
    assertThat(driver.findElement(By.cssSelector("#sahakar-steps tr[data-step='" + key + "/" + APPLICANT_STEP + "'] .held-by"))
        .getText()).as("waiting on the promoter is not an office's delay").isEqualTo("Applicant");
    assertThat(driver.findElement(By.cssSelector("#sahakar-heat tr[data-state='RJ'] td[data-step='" + key + "/" + STEP + "']"))
        .getText()).isEqualTo("1");
    assertThat(driver.findElement(By.cssSelector("#sahakar-heat tr[data-state='RJ'] th")).getText()).isEqualTo("Rajasthan");
    WebElement overdue = driver.findElement(By.xpath("//table[@id='sahakar-overdue']//tr[td[text()='Seeded step']]"));
    assertThat(overdue.getText()).contains("Seeded process", "Office", "Rajasthan", "Udaipur");
    WebElement due = overdue.findElement(By.className("due"));
    assertThat(due.getText()).as("India's time, day first").isEqualTo(inIndia(due.getDomAttribute("data-due")));
    // the shipped targets give Udaipur 50 new M-PACS in 2026
    WebElement target = driver.findElement(By.cssSelector("#sahakar-formation tr[data-district='RJ-UDR'][data-type='MPACS']"));
    assertThat(target.findElement(By.className("target")).getText()).isEqualTo("50");
    assertThat(target.findElement(By.className("type")).getText()).as("the type by name").isEqualTo("M-PACS");
    assertThat(driver.findElement(By.cssSelector("#sahakar-adoption thead")).getText()).contains("Not started");
    System.out.println("insight dashboard rendered " + renderedMillis + " ms after sign-in");
    browser.screenshot("ministry-dashboard");

    // the pickers: every State by name; a State's districts, and only its own, once it is chosen
    Select state = new Select(driver.findElement(By.cssSelector("#sahakar-insight select[name='state']")));
    assertThat(state.getOptions()).extracting(WebElement::getText).contains("all States", "Rajasthan", "Andhra Pradesh", "Odisha");
    WebElement districtPicker = driver.findElement(By.cssSelector("#sahakar-insight select[name='district']"));
    assertThat(districtPicker.isEnabled()).as("no district before a State").isFalse();
    state.selectByVisibleText("Andhra Pradesh");
    wait.until(ExpectedConditions.elementToBeClickable(districtPicker));
    assertThat(new Select(districtPicker).getOptions()).extracting(WebElement::getText).contains("Tirupati").doesNotContain("Udaipur");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#sahakar-insight[data-loaded='true']")));
    assertThat(driver.findElements(By.cssSelector("#sahakar-steps tr[data-step='" + key + "/" + STEP + "']")))
        .as("the seeded steps are all in Rajasthan").isEmpty();
    state.selectByVisibleText("Rajasthan");
    new Select(districtPicker).selectByVisibleText("Udaipur");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#sahakar-insight[data-loaded='true']")));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#sahakar-steps tr[data-step='" + key + "/" + STEP + "']")));

    browser.open("/camunda/app/cockpit/default/#/process-definition/" + definitionId + "/runtime");
    WebElement overlay = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".sahakar-overlay[data-step='" + STEP + "']")));
    assertThat(overlay.getText().replaceAll("\\s+", " ")).isEqualTo("2/1 · 3.0h · 50.0%");
    assertThat(overlay.getDomAttribute("class")).contains("sahakar-rate-high");
    WebElement legend = browser.visible(By.className("sahakar-legend"));
    assertThat(legend.getText()).contains("open / overdue", "median hours", "breach rate", "30 % or more", "under 10 %");
    assertThat(Double.parseDouble(legend.getCssValue("font-size").replace("px", ""))).as("readable unzoomed")
        .isGreaterThanOrEqualTo(13);
    browser.screenshot("ministry-diagram-legend");
  }

  @Test
  void theDashboardSpeaksHindiToAHindiBrowser() throws Exception {
    browser = new Browser(port, "hi");
    // named as the models' own process and step are, which have Hindi names
    String key = seed("Register a new dairy cooperative", "Survey village milk potential");
    browser.signInToCockpit("ministry", Http.DEMO_PASSWORD);
    assertThat(browser.clickable(By.id("sahakar-insight-link")).getText()).isEqualTo("अड़चनें");
    browser.open("/camunda/app/cockpit/default/#/bottlenecks");
    browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#sahakar-insight[data-loaded='true']")));
    WebDriver driver = browser.driver;
    assertThat(driver.findElement(By.cssSelector("#sahakar-insight h3")).getText()).isEqualTo("अड़चनें और समय-सीमा का उल्लंघन");
    assertThat(driver.findElement(By.cssSelector("#sahakar-steps thead")).getText()).contains("प्रक्रिया", "किसके पास", "उल्लंघन दर");
    assertThat(driver.findElement(By.cssSelector("#sahakar-steps tr[data-step='" + key + "/" + STEP + "'] .held-by")).getText())
        .isEqualTo("कार्यालय");
    assertThat(driver.findElement(By.cssSelector("#sahakar-steps tr[data-step='" + key + "/" + STEP + "']")).getText())
        .as("the process and step by their Hindi names").startsWith("नई डेयरी सहकारी समिति का पंजीकरण गाँव की दुग्ध क्षमता का सर्वेक्षण करें");
    assertThat(driver.findElement(By.cssSelector("#sahakar-heat thead")).getText()).contains("गाँव की दुग्ध क्षमता का सर्वेक्षण करें")
        .doesNotContain("Survey village milk potential");
    assertThat(driver.findElement(By.cssSelector("#sahakar-steps tr[data-step='" + key + "/" + APPLICANT_STEP + "'] .held-by"))
        .getText()).isEqualTo("आवेदक");
    assertThat(new Select(driver.findElement(By.cssSelector("#sahakar-insight select[name='state']"))).getOptions())
        .extracting(WebElement::getText).contains("सभी राज्य", "राजस्थान");
    assertThat(driver.findElement(By.cssSelector("#sahakar-heat tr[data-state='RJ'] th")).getText()).isEqualTo("राजस्थान");
    assertThat(driver.findElement(By.cssSelector("#sahakar-formation tr[data-district='RJ-UDR'][data-type='DAIRY'] .type"))
        .getText()).isEqualTo("डेयरी");
    browser.screenshot("ministry-dashboard-hi");

    browser.open("/camunda/app/cockpit/default/#/process-definition/" + definitionId + "/runtime");
    assertThat(browser.visible(By.className("sahakar-legend")).getText()).contains("उल्लंघन दर", "30 % या अधिक");
    browser.screenshot("ministry-diagram-legend-hi");
  }

  /**
   * A process of its own with figures seeded in the read model, all in Udaipur: its office step has
   * one step a day overdue and one due tomorrow, completed ones in 2 h (on time) and 4 h (1 h
   * late): median 3 h, 50 %; and a step waiting on the applicant.
   */
  private String seed() {
    return seed("Seeded process", "Seeded step");
  }

  private String seed(String processName, String stepName) {
    String key = "insight-browser-" + UUID.randomUUID().toString().substring(0, 8);
    BpmnModelInstance model = Bpmn.createExecutableProcess(key).name(processName).camundaHistoryTimeToLive(1)
        .startEvent().userTask(STEP).name(stepName).camundaCandidateGroups("ministry")
        .userTask(APPLICANT_STEP).name("Seeded upload").camundaCandidateUsers("someone").endEvent().done();
    deploymentId = repository.createDeployment().addModelInstance(key + ".bpmn", model).deploy().getId();
    definitionId = repository.createProcessDefinitionQuery().deploymentId(deploymentId).singleResult().getId();
    rows = new StepRows(jdbc, Instant.now(), key);
    rows.open(STEP, "RJ", "RJ-UDR", ofDays(-1));
    rows.open(STEP, "RJ", "RJ-UDR", ofDays(1));
    rows.completed(STEP, "RJ", "RJ-UDR", ofDays(1), ofHours(2), ofHours(3));
    rows.completed(STEP, "RJ", "RJ-UDR", ofDays(2), ofHours(4), ofHours(3));
    rows.openWithApplicant(APPLICANT_STEP, "RJ", "RJ-UDR", ofDays(2));
    // as the read model writes it: the task's name
    jdbc.update("update insight_step set step_name = ? where process_key = ? and step = ?", stepName, key, STEP);
    return key;
  }

  private static String inIndia(String instant) {
    return DateTimeFormatter.ofPattern("dd/MM/yyyy, HH:mm").withZone(ZoneId.of("Asia/Kolkata")).format(Instant.parse(instant));
  }
}
