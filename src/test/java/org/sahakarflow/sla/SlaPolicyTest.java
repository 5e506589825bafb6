package org.sahakarflow.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Period;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.StepIds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.core.io.ClassPathResource;

/** bpmn/sla-policy.dmn as the engine deployed it. */
@SahakarTest
class SlaPolicyTest {

  static final String DECISION = "registrar-decision";
  static final String SCRUTINY = StepIds.TASK_SCRUTINISE_APPLICATION;

  @Autowired
  DecisionService decisions;
  @Autowired
  SlaPolicy policy;
  @Autowired
  RepositoryService repository;
  @Autowired
  CacheManager caches;

  @Test
  void madhyaPradeshScrutinyHasItsOwnRowWhileOtherStatesGetTheAnyStateRow() {
    assertThat(stepRow("MP", DECISION, SCRUTINY)).containsEntry("workingDays", 5)
        .containsEntry("escalationRole", "rcs-state");
    assertThat(stepRow("RJ", DECISION, SCRUTINY)).containsEntry("workingDays", 7)
        .containsEntry("reminderBeforeDays", 2).containsEntry("reminderCycleDays", 2)
        .containsEntry("escalationRole", "rcs-state");
  }

  @Test
  void aStepWithoutItsOwnRowGetsTheCatchAll() {
    assertThat(stepRow("RJ", "bye-law-adoption", "Task_VoteResolution"))
        .containsEntry("workingDays", 10).containsEntry("escalationRole", "rcs-state");
  }

  @ParameterizedTest(name = "{0} {1} {2}: {3} working days, escalate to {6}")
  @CsvSource({
      "RJ, registrar-decision,     Task_ScrutiniseApplication, 7,  2, 2, rcs-state",
      "MP, registrar-decision,     Task_ScrutiniseApplication, 5,  1, 1, rcs-state",
      "RJ, registrar-decision,     Task_AnswerQuery,           15, 3, 3, rcs-district",
      "RJ, registrar-decision,     Task_InspectSociety,        10, 3, 2, rcs-district",
      "AS, registrar-decision,     Task_InspectSociety,        7,  2, 2, rcs-district",
      "RJ, registrar-decision,     Task_DecideRegistration,    5,  1, 1, rcs-state",
      "MP, registrar-decision,     Task_DecideRegistration,    3,  1, 1, rcs-state",
      "OD, mpacs-registration,     Task_RecordViabilityNote,   10, 3, 2, rcs-state",
      "OD, mpacs-registration,     Task_ReviseApplication,     15, 3, 3, rcs-district",
      "OD, mpacs-registration,     Task_UploadDocuments,       15, 3, 3, rcs-district",
      "UP, dairy-registration,     Task_RecordMilkSurvey,      10, 3, 2, rcs-state",
      "UP, dairy-registration,     Task_ReviseApplication,     15, 3, 3, rcs-district",
      "UP, dairy-registration,     Task_UploadDocuments,       15, 3, 3, rcs-district",
      "AP, fisheries-registration, Task_CheckWaterBody,        10, 3, 2, rcs-state",
      "AP, fisheries-registration, Task_ReviseApplication,     15, 3, 3, rcs-district",
      "AP, fisheries-registration, Task_UploadDocuments,       15, 3, 3, rcs-district",
      "DL, registration-appeal,    Task_HearAppeal,            30, 5, 7, rcs-state",
      "RJ, national-coop-membership, Task_VerifyApplication,   15, 3, 3, national",
      "UP, national-coop-membership, Task_BoardDecision,       20, 5, 5, national",
      "AP, national-coop-membership, Task_HearAppeal,          30, 5, 7, national"})
  void everyModelledStepHasItsFigures(String state, String process, String step, int workingDays,
      int reminderBeforeDays, int reminderCycleDays, String escalationRole) {
    assertThat(policy.stepSla(null, state, process, step))
        .isEqualTo(new StepSla(workingDays, reminderBeforeDays, reminderCycleDays, escalationRole));
  }

  @ParameterizedTest(name = "{0} {1}: {2} (+{3} by {4}), then {5}")
  @CsvSource({
      "MP, mpacs-registration, P45D, P0D, NONE, ESCALATE",
      "AS, dairy-registration, P60D, P0D, NONE, ESCALATE",
      "DL, mpacs-registration, P90D, P90D, GOVERNMENT, DEEMED_REGISTRATION",
      "DL, fisheries-registration, P90D, P90D, GOVERNMENT, DEEMED_REGISTRATION",
      "MS, mpacs-registration, P3M, P2M, APPLICANT, ESCALATE",
      "MS, dairy-registration, P3M, P2M, APPLICANT, ESCALATE",
      "KA, mpacs-registration, P60D, P0D, NONE, ESCALATE"})
  void statutoryDecisionLimitPerState(String state, String process, String limit, String extension,
      String extensionBy, String atExpiry) {
    assertThat(decisions.evaluateDecisionTableByKey("statutory-limit")
        .variables(Map.of("stateCode", state, "processKey", process)).evaluate().getSingleResult()
        .getEntryMap()).containsEntry("limit", limit).containsEntry("atExpiry", atExpiry);
    assertThat(policy.statutoryLimit(null, state, process)).isEqualTo(new StatutoryLimit(Period.parse(limit),
        Period.parse(extension), StatutoryLimit.ExtensionBy.valueOf(extensionBy), StatutoryLimit.AtExpiry.valueOf(atExpiry)));
  }

  @Test
  void delhisDeemedRegistrationBelongsToTheRegistrationCaseOnly() {
    StatutoryLimit sixtyDays = new StatutoryLimit(Period.ofDays(60), Period.ZERO, StatutoryLimit.ExtensionBy.NONE,
        StatutoryLimit.AtExpiry.ESCALATE);
    assertThat(policy.statutoryLimit(null, "DL", "registration-appeal")).isEqualTo(sixtyDays);
    assertThat(policy.statutoryLimit(null, "DL", "bye-law-adoption")).isEqualTo(sixtyDays);
    assertThat(policy.statutoryLimit(null, "MS", "bye-law-adoption")).isEqualTo(sixtyDays);
  }

  @Test
  void aRowTheApplicantCouldNotAskForInWholeMonthsOrThatContradictsItselfIsRefused() {
    assertThatThrownBy(() -> StatutoryLimit.of("P3M", "P10D", "APPLICANT", "ESCALATE"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> StatutoryLimit.of("P90D", "P0D", "GOVERNMENT", "ESCALATE"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> StatutoryLimit.of("90", "P0D", "NONE", "ESCALATE"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("ISO 8601");
  }

  @Test
  void answersAreKeptForTheConfiguredMinute() {
    for (String decision : new String[] {SlaPolicy.STEP_DECISION, SlaPolicy.LIMIT_DECISION}) {
      assertThat(((CaffeineCache) caches.getCache(decision)).getNativeCache().policy().expireAfterWrite())
          .as(decision).hasValueSatisfying(expiry -> assertThat(expiry.getExpiresAfter())
              .isEqualTo(Duration.ofMinutes(1)));
    }
  }

  @Test
  void aNewlyDeployedPolicyAppliesToNewCasesOnceTheCachedAnswerLapsesAndRunningCasesKeepTheirs() throws Exception {
    Cache answers = caches.getCache(SlaPolicy.STEP_DECISION);
    String running = repository.createProcessDefinitionQuery().processDefinitionKey(DECISION).latestVersion()
        .singleResult().getDeploymentId();
    assertThat(policy.stepSla(null, "RJ", DECISION, SCRUTINY).workingDays()).isEqualTo(7);
    String policyTable = new String(new ClassPathResource("bpmn/sla-policy.dmn").getInputStream().readAllBytes(),
        StandardCharsets.UTF_8);
    String longerScrutiny = policyTable.replaceFirst(
        "(<text>\"Task_ScrutiniseApplication\"</text>\\s*</inputEntry>\\s*<outputEntry[^>]*>\\s*<text>)7(</text>)",
        "$111$2");
    assertThat(longerScrutiny).as("the any-State scrutiny row was found").isNotEqualTo(policyTable);
    String deployment = repository.createDeployment().name("sla-policy-amended")
        .addString("sla-policy.dmn", longerScrutiny).deploy().getId();
    try {
      assertThat(policy.stepSla(null, "RJ", DECISION, SCRUTINY).workingDays()).isEqualTo(7);
      answers.clear(); // as if the minute had passed
      assertThat(policy.stepSla(null, "RJ", DECISION, SCRUTINY).workingDays()).as("the latest, for new cases")
          .isEqualTo(11);
      assertThat(policy.stepSla(running, "RJ", DECISION, SCRUTINY).workingDays())
          .as("a case of the deployment before keeps its policy").isEqualTo(7);
    } finally {
      repository.deleteDeployment(deployment, true);
      answers.clear();
    }
    assertThat(policy.stepSla(null, "RJ", DECISION, SCRUTINY).workingDays()).isEqualTo(7);
  }

  private Map<String, Object> stepRow(String state, String process, String step) {
    return decisions.evaluateDecisionTableByKey(SlaPolicy.STEP_DECISION)
        .variables(Map.of("stateCode", state, "processKey", process, "step", step))
        .evaluate().getSingleResult().getEntryMap();
  }
}
