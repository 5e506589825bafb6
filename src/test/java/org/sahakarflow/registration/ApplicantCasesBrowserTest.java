package org.sahakarflow.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sahakarflow.CaseDriver.vars;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.sahakarflow.CaseDriver;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.StepIds;
import org.sahakarflow.browser.Browser;
import org.sahakarflow.system.SignInThrottle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * A promoter follows their applications on their own: from Tasklist's header to "My applications"
 * (in the language their browser asks for), where a file waits and with whom, the refusal with its
 * last day to appeal and the Appeal button that opens the appeal form; and, signed out, the
 * tracking page with the acknowledgement number and the mobile number.
 */
@SahakarTest
class ApplicantCasesBrowserTest {

  @Value("${local.server.port}")
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  SignInThrottle throttle;

  /** The wrong tracking try counts against this machine's address, which every other test signs in from. */
  @AfterEach
  void forgiveTheAddress() {
    Http.forgiveThisMachine(throttle);
  }

  @Test
  void aPromoterFollowsTheirFilesFromTasklistAndAppealsARefusal() throws Exception {
    CaseDriver cases = new CaseDriver(engine);
    String waiting = cases.apply("mpacs-registration", "applicant.rj-udr", CaseDriver.application("RJ", "RJ-UDR", 25))
        .getBusinessKey();
    cases.runAsyncSteps(waiting);
    String refused = cases.mpacsAtScrutiny("RJ", "RJ-UDR", "applicant.rj-udr");
    cases.complete(refused, StepIds.TASK_SCRUTINISE_APPLICATION, "rcs.rj-udr", vars("scrutinyOutcome", "DECIDE"));
    cases.complete(refused, StepIds.TASK_DECIDE_REGISTRATION, "rcs.rj-udr",
        vars("decision", "REFUSE", "refusalReasons", "The bye-laws name no area of operation"));

    try (Browser promoter = new Browser(port)) {
      promoter.signInToTasklist("applicant.rj-udr", Http.DEMO_PASSWORD);
      promoter.clickable(By.linkText("My applications")).click();
      WebElement mine = promoter.visible(By.id("case-" + waiting));
      assertThat(mine.getText()).contains("Being processed / प्रक्रिया में", "Upload supporting documents",
          "You (the applicant)", "A step is waiting for you");
      WebElement no = promoter.visible(By.id("case-" + refused));
      assertThat(no.getText()).contains("Refused / अस्वीकृत", "The bye-laws name no area of operation",
          "Last day to appeal");
      promoter.screenshot("applicant-my-applications");

      mine.findElement(By.cssSelector("a.slip")).click();
      assertThat(promoter.visible(By.id("slip")).getText()).contains("Acknowledgement of application", waiting);
      promoter.screenshot("applicant-acknowledgement-slip");
      promoter.driver.navigate().back();
      no = promoter.visible(By.id("case-" + refused));

      no.findElement(By.cssSelector("a.appeal")).click();
      // Tasklist opens the appeal's start form straight away
      promoter.visible(By.cssSelector("[id$='Field_ApplicationNumber'], input[name='applicationNumber']"));
      promoter.screenshot("applicant-appeal-form");
    }

    try (Browser promoter = new Browser(port, "hi")) {
      promoter.signInToTasklist("applicant.rj-udr", Http.DEMO_PASSWORD);
      promoter.clickable(By.linkText("मेरे आवेदन")).click();
      assertThat(promoter.visible(By.id("case-" + waiting)).getText()).contains("आप (आवेदक)", "अभी कहाँ है");
      promoter.screenshot("applicant-my-applications-hi");
    }

    try (Browser officer = new Browser(port)) {
      officer.signInToTasklist("rcs.rj-udr", Http.DEMO_PASSWORD);
      assertThat(officer.driver.findElements(By.linkText("My applications"))).isEmpty();
    }

    try (Browser anyone = new Browser(port)) {
      anyone.open("/track");
      anyone.visible(By.id("applicationNumber")).sendKeys(waiting);
      anyone.visible(By.id("contact")).sendKeys("98765 43210");
      anyone.clickable(By.cssSelector("button[type='submit']")).click();
      assertThat(anyone.visible(By.id("case-" + waiting)).getText()).contains("Being processed",
          "Upload supporting documents", "Udaipur, Rajasthan");
      anyone.screenshot("track-found");

      anyone.open("/track");
      anyone.visible(By.id("applicationNumber")).sendKeys(waiting);
      anyone.visible(By.id("contact")).sendKeys("someone@example.in");
      anyone.clickable(By.cssSelector("button[type='submit']")).click();
      assertThat(anyone.visible(By.id("message")).getText()).contains("No application matches");
      assertThat(anyone.driver.findElements(By.id("case-" + waiting))).isEmpty();
      anyone.screenshot("track-no-match");
    }
  }
}
