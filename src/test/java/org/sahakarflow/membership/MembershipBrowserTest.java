package org.sahakarflow.membership;

import static org.assertj.core.api.Assertions.assertThat;

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
 * A national cooperative's office at work in Tasklist, in English and in Hindi: NCEL's board
 * secretary verifies a society's application and puts it to the board with a note, then decides on
 * admission from the note-sheet, which shows the verification, who made it and the note. The
 * society is admitted. Screenshots: target/screenshots/membership-*.
 */
@SahakarTest
class MembershipBrowserTest {

  @Value("${local.server.port}")
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  JdbcTemplate jdbc;

  @ParameterizedTest
  @ValueSource(strings = {"en", "hi"})
  void theNationalSocietyVerifiesAndAdmitsFromTheNoteSheet(String language) throws Exception {
    MembershipCases cases = new MembershipCases(engine, jdbc);
    String key = cases.applied("NCEL");
    String note = "Board resolution and share money verified (" + language + ")";

    try (Browser ncel = new Browser(port, language)) {
      ncel.signInToTasklist(MembershipCases.NCEL_BOARD, Http.DEMO_PASSWORD);
      ncel.openAndClaim(cases.driver.task(key, NationalMembership.TASK_VERIFY).getId());
      ncel.visible(By.xpath("//*[contains(@class,'fjs-form')]//*[contains(., 'No earlier steps yet. / अभी कोई पिछला चरण नहीं।')]"));
      ncel.tick("Verified: put to the board");
      ncel.keep(Map.of("Field_VerificationNote", note));
      ncel.screenshot("membership-" + language + "-verification");
      ncel.complete(() -> cases.driver.stepDone(key, NationalMembership.TASK_VERIFY), "membership-" + language + "-verification");
      cases.driver.runAsyncSteps(key);

      ncel.openAndClaim(cases.driver.task(key, NationalMembership.TASK_BOARD_DECISION).getId());
      ncel.visible(By.xpath("//*[contains(@class,'fjs-form')]//strong[normalize-space()='Verify application']"));
      ncel.visible(By.xpath("//*[contains(@class,'fjs-form')]//*[contains(., 'Verify application') and contains(., 'Harish Patel')]"));
      ncel.visible(By.xpath("//*[contains(@class,'fjs-form')]//li[contains(., 'Outcome / परिणाम: recommended / अनुशंसित')]"));
      ncel.visible(By.xpath("//*[contains(@class,'fjs-form')]//li[contains(., 'Note for the board / संचालक मंडल हेतु टिप्पणी: "
          + note + "')]"));
      ncel.tick("Admit as member");
      ncel.screenshot("membership-" + language + "-board-decision");
      ncel.complete(() -> cases.driver.stepDone(key, NationalMembership.TASK_BOARD_DECISION), "membership-" + language + "-board-decision");
    }
    cases.driver.runAsyncSteps(key);

    assertThat(cases.ended(key, NationalMembership.END_ADMITTED)).isTrue();
    assertThat(cases.driver.variable(key, NationalMembership.BOARD_DECISION)).isEqualTo("ADMIT");
  }
}
