package org.sahakarflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.sahakarflow.CaseDriver;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.StepIds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The offices of an M-PACS registration each do their part in Tasklist, in English and in Hindi:
 * NABARD records its viability note, the district's registering officer sends the case for
 * inspection with a note, the inspector reads that note on the note-sheet and reports, the ministry
 * sees on Cockpit's bottleneck dashboard that the case waits with Udaipur's office for the decision,
 * and the registering officer registers the society from the note-sheet that now holds all three. The
 * promoter's part (applying, uploading) runs through the engine here; PromoterJourneyBrowserTest
 * walks it in the browser. Screenshots: target/screenshots/officers-*.
 */
@SahakarTest
class RegistrationOfficersBrowserTest {

  @Value("${local.server.port}")
  int port;
  @Autowired
  ProcessEngine engine;

  @ParameterizedTest
  @ValueSource(strings = {"en", "hi"})
  void nabardTheDistrictOfficerAndTheInspectorEachDoTheirPart(String language) throws Exception {
    CaseDriver cases = new CaseDriver(engine);
    String key = cases.apply("mpacs-registration", "applicant.rj-udr", CaseDriver.application("RJ", "RJ-UDR", 25))
        .getBusinessKey();
    cases.runAsyncSteps(key);
    cases.uploadDocuments(key);
    String viabilityNote = "Kheda cluster: 640 farmers, paddy and mustard; viable with the DCCB's KCC line (" + language + ")";
    String scrutinyNote = "Promoters' households to be checked on the ground (" + language + ")";

    try (Browser nabard = new Browser(port, language)) {
      nabard.signInToTasklist("nabard.rj", Http.DEMO_PASSWORD);
      nabard.openAndClaim(cases.task(key, StepIds.TASK_RECORD_VIABILITY_NOTE).getId());
      nabard.visible(By.xpath("//*[contains(@class,'fjs-form')]//*[contains(., '" + key + "')]"));
      // how far the step's due date is, in the reader's language, digits as on the rest of the page
      assertThat(nabard.driver.findElements(By.cssSelector("[am-time-ago='task.due']")))
          .filteredOn(WebElement::isDisplayed).isNotEmpty()
          .allSatisfy(due -> assertThat(due.getText()).matches("en".equals(language) ? "in [a-z0-9 ]+" : "[^a-zA-Z०-९]+ में"));
      nabard.keep(Map.of("Field_ViabilityNote", viabilityNote));
      nabard.tick("The society is viable");
      nabard.screenshot("officers-" + language + "-nabard-viability");
      nabard.complete(() -> cases.stepDone(key, StepIds.TASK_RECORD_VIABILITY_NOTE), "officers-" + language + "-nabard");
    }
    cases.runAsyncSteps(key);
    assertThat(cases.variable(key, "viable")).isEqualTo(true);
    assertThat(cases.variable(key, "viabilityNote")).isEqualTo(viabilityNote);

    try (Browser officer = new Browser(port, language)) {
      officer.signInToTasklist("rcs.rj-udr", Http.DEMO_PASSWORD);
      officer.openAndClaim(cases.task(key, StepIds.TASK_SCRUTINISE_APPLICATION).getId());
      // NABARD's note, as written, on the note-sheet
      officer.visible(By.xpath("//*[contains(@class,'fjs-form')]//strong[normalize-space()='Record NABARD viability note']"));
      officer.visible(By.xpath("//*[contains(@class,'fjs-form')]//li[contains(., 'Kheda cluster: 640 farmers')]"));
      officer.tick("Send for inspection");
      officer.keep(Map.of("Field_ScrutinyNote", scrutinyNote));
      if (!officer.driver.findElements(By.cssSelector("[id$='Field_PanchayatOverlapReasons']")).isEmpty()) {
        officer.keep(Map.of("Field_PanchayatOverlapReasons", "The served panchayat's PACS is dormant"));
      }
      officer.screenshot("officers-" + language + "-district-officer-scrutiny");
      officer.complete(() -> cases.stepDone(key, StepIds.TASK_SCRUTINISE_APPLICATION), "officers-" + language + "-scrutiny");
    }
    cases.runAsyncSteps(key);

    try (Browser inspector = new Browser(port, language)) {
      inspector.signInToTasklist("inspector.rj-udr", Http.DEMO_PASSWORD);
      inspector.openAndClaim(cases.task(key, StepIds.TASK_INSPECT_SOCIETY).getId());
      // the scrutiny note that sent the inspector
      inspector.visible(By.xpath("//*[contains(@class,'fjs-form')]//strong[normalize-space()='Scrutinise application']"));
      inspector.visible(By.xpath("//*[contains(@class,'fjs-form')]//li[contains(., \"Promoters' households to be checked\")]"));
      // the officers' choices and the society's facts in words, never the codes the forms keep
      assertThat(inspector.visible(By.cssSelector(".fjs-form")).getText())
          .contains("Outcome / परिणाम: sent for inspection / निरीक्षण हेतु भेजा", "आदर्श उपविधि: yes / हाँ")
          .doesNotContain("INSPECT", ": true");
      inspector.keep(Map.of("Field_InspectionFindings", "All 25 promoters met at Kheda; records in order"));
      inspector.tick("Recommend registration");
      inspector.screenshot("officers-" + language + "-inspector-report");
      inspector.complete(() -> cases.stepDone(key, StepIds.TASK_INSPECT_SOCIETY), "officers-" + language + "-inspection");
    }
    cases.runAsyncSteps(key);
    assertThat(cases.variable(key, "recommendRegistration")).isEqualTo(true);

    // the ministry sees where the case waits: with Udaipur's office, for the decision
    try (Browser ministry = new Browser(port, language)) {
      ministry.signInToCockpit("ministry", Http.DEMO_PASSWORD);
      ministry.openBottlenecks("RJ", "RJ-UDR");
      WebElement decision = ministry.visible(By.cssSelector(
          "#sahakar-steps tr[data-step='registrar-decision/" + StepIds.TASK_DECIDE_REGISTRATION + "']"));
      assertThat(decision.getText()).startsWith("hi".equals(language)
          ? "पंजीकरण आवेदन पर निर्णय पंजीकरण पर निर्णय लें कार्यालय"
          : "Decide a registration application Decide registration Office");
      assertThat(Long.parseLong(decision.findElement(By.className("open")).getText())).isPositive();
      ministry.inView(decision);
      ministry.screenshot("officers-" + language + "-ministry-waiting");
    }

    try (Browser officer = new Browser(port, language)) {
      officer.signInToTasklist("rcs.rj-udr", Http.DEMO_PASSWORD);
      officer.openAndClaim(cases.task(key, StepIds.TASK_DECIDE_REGISTRATION).getId());
      // the whole file on one sheet: NABARD, the scrutiny and the inspection, in that order
      String sheet = officer.visible(By.cssSelector(".fjs-form")).getText();
      assertThat(sheet).containsSubsequence("Record NABARD viability note", "Scrutinise application",
          "Inspect the proposed society", "All 25 promoters met at Kheda");
      officer.tick("Register the society");
      officer.screenshot("officers-" + language + "-district-officer-decision");
      officer.complete(() -> cases.stepDone(key, StepIds.TASK_DECIDE_REGISTRATION), "officers-" + language + "-decision");
    }
    cases.runAsyncSteps(key);
    assertThat(cases.variable(key, "registrationNumber")).asString().startsWith("RJ/UDR/MPACS/");
  }
}
