package org.sahakarflow.bylaws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.sahakarflow.CaseDriver;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.browser.Browser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A refused amendment appealed and heard, in Tasklist, in English and in Hindi: the society's
 * secretary reads the district officer's reasons and the last day to appeal on the appeal form and
 * lodges the grounds; the State Registrar (a State-level office, not the district's) claims the
 * hearing, reads on the note-sheet the refusal, its reasons and the grounds, and reverses the
 * refusal, which registers the amendment. Screenshots: target/screenshots/bylaw-*-appeal-*.
 */
@SahakarTest
class BylawAppealBrowserTest {

  private static final String STATE_REGISTRAR = "registrar.rj";

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
  void theSecretaryAppealsAndTheStateRegistrarReversesTheRefusal(String language) throws Exception {
    BylawCases cases = new BylawCases(engine, jdbc);
    String key = cases.atScrutiny();
    String reasons = "Quorum figures do not match the minutes of " + language;
    cases.driver.complete(key, BylawAdoption.TASK_SCRUTINISE, BylawCases.OFFICER,
        CaseDriver.vars("scrutinyOutcome", "REFUSE", "refusalReasons", reasons));
    String deadline = (String) cases.driver.variable(key, "appealDeadline");
    String lastDay = deadline.substring(8, 10) + "/" + deadline.substring(5, 7) + "/" + deadline.substring(0, 4);
    String grounds = "The minutes were corrected and signed by the chairperson (" + language + ")";

    try (Browser secretary = new Browser(port, language)) {
      secretary.signInToTasklist(BylawCases.SECRETARY, Http.DEMO_PASSWORD);
      secretary.openAndClaim(cases.driver.task(key, BylawAdoption.TASK_LODGE_APPEAL).getId());
      secretary.visible(By.xpath("//*[contains(@class,'fjs-form')]//*[contains(., '" + reasons + "')]"));
      secretary.visible(By.xpath("//*[contains(@class,'fjs-form')]//*[contains(., '" + lastDay + "')]"));
      secretary.keep(Map.of("Field_AppealGrounds", grounds));
      secretary.screenshot("bylaw-" + language + "-appeal-lodged");
      secretary.complete(() -> cases.driver.stepDone(key, BylawAdoption.TASK_LODGE_APPEAL), "bylaw-" + language + "-appeal-lodged");
    }
    cases.driver.runAsyncSteps(key);
    assertThat(cases.driver.variable(key, "appealGrounds")).isEqualTo(grounds);

    try (Browser registrar = new Browser(port, language)) {
      registrar.signInToTasklist(STATE_REGISTRAR, Http.DEMO_PASSWORD);
      registrar.openAndClaim(cases.driver.task(key, BylawAdoption.TASK_HEAR_APPEAL).getId());
      // the note-sheet: the district officer's refusal standing out, its reasons, then the grounds
      registrar.visible(By.xpath("//*[contains(@class,'fjs-form')]//strong[normalize-space()='Scrutinise amendment']"));
      registrar.visible(By.xpath("//*[contains(@class,'fjs-form')]//*[contains(., 'AMENDMENT REFUSED / संशोधन अस्वीकृत')]"));
      registrar.visible(By.xpath("//*[contains(@class,'fjs-form')]//li[contains(., 'Reasons for refusal / अस्वीकृति के कारण: "
          + reasons + "')]"));
      registrar.visible(By.xpath("//*[contains(@class,'fjs-form')]//strong[normalize-space()='Lodge appeal']"));
      registrar.visible(By.xpath("//*[contains(@class,'fjs-form')]//li[contains(., 'Grounds of appeal / अपील के आधार: "
          + grounds + "')]"));
      registrar.tick("Reverse the refusal: register");
      registrar.keep(Map.of("Field_AppealOrderReasons", "The corrected minutes show the quorum was met"));
      registrar.screenshot("bylaw-" + language + "-appeal-heard");
      registrar.complete(() -> cases.driver.stepDone(key, BylawAdoption.TASK_HEAR_APPEAL), "bylaw-" + language + "-appeal-heard");
    }
    cases.driver.runAsyncSteps(key);

    assertThat(cases.ended(key, BylawAdoption.END_REGISTERED)).isTrue();
    assertThat(cases.status(key)).isEqualTo("REGISTERED");
    assertThat(cases.driver.variable(key, "appealOrder")).isEqualTo("REVERSE");
  }
}
