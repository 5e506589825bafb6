package org.sahakarflow.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.sahakarflow.CaseDriver;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.StepIds;
import org.sahakarflow.browser.Browser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * A promoter whose application fell short (8 promoters where Rajasthan asks for 15) revises it in
 * Tasklist, in English and in Hindi: the revise form says why, shows the eight promoters as filed,
 * a row each, and the promoter adds seven rows and sends it; the case goes on, eligible, to NABARD.
 * Screenshots: target/screenshots/revision-*.
 */
@SahakarTest
class RevisionBrowserTest {

  @Value("${local.server.port}")
  int port;
  @Autowired
  ProcessEngine engine;

  @ParameterizedTest
  @ValueSource(strings = {"en", "hi"})
  void thePromoterAddsTheMissingPromotersToTheRowsAsFiled(String language) throws Exception {
    CaseDriver cases = new CaseDriver(engine);
    String key = cases.apply("mpacs-registration", "applicant.rj-udr", CaseDriver.application("RJ", "RJ-UDR", 8))
        .getBusinessKey();
    cases.runAsyncSteps(key);
    cases.uploadDocuments(key);

    try (Browser promoter = new Browser(port, language)) {
      promoter.signInToTasklist("applicant.rj-udr", Http.DEMO_PASSWORD);
      promoter.openAndClaim(cases.task(key, StepIds.TASK_REVISE_APPLICATION).getId());
      promoter.visible(By.xpath("//*[contains(@class,'fjs-form')]//*[contains(., 'at least 15 are required in RJ')]"));
      promoter.wait.until(page -> promoter.promoterRows().size() == 8);
      assertThat(IntStream.range(0, 8).mapToObj(row -> promoter.inRow(row, "Field_PromoterName").getDomProperty("value")))
          .as("the promoters as filed").containsExactly("Promoter 1", "Promoter 2", "Promoter 3", "Promoter 4",
              "Promoter 5", "Promoter 6", "Promoter 7", "Promoter 8");
      assertThat(promoter.inRow(7, "Field_PromoterVillage").getDomProperty("value")).isEqualTo("Kheda");
      promoter.screenshot("revision-" + language + "-as-filed");

      promoter.fillPromoters(8, IntStream.rangeClosed(9, 15)
          .mapToObj(i -> List.of("Added Promoter " + i, "REV-" + language + "-" + i, "Bhuwana", "5")).toList());
      promoter.screenshot("revision-" + language + "-rows-added");
      promoter.complete(() -> cases.stepDone(key, StepIds.TASK_REVISE_APPLICATION), "revision-" + language);
    }
    cases.runAsyncSteps(key);

    assertThat(cases.variable(key, "eligible")).isEqualTo(true);
    assertThat(cases.variable(key, "promoters").toString()).contains("Promoter 1", "REV-" + language + "-15");
    assertThat(cases.task(key, StepIds.TASK_RECORD_VIABILITY_NOTE)).as("on to NABARD").isNotNull();
  }
}
