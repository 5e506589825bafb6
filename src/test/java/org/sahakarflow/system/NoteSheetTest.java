package org.sahakarflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sahakarflow.CaseDriver.vars;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahakarflow.CaseDriver;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.StepIds;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each officer's step opens with the file's note-sheet: the earlier steps in order, who took them,
 * what they wrote, a verdict against the society standing out, and nothing a person wrote able to
 * format the sheet; every officer's form of every model shows it.
 */
@SahakarTest
class NoteSheetTest {

  @Autowired
  ProcessEngine engine;
  CaseDriver cases;

  @BeforeEach
  void setUp() {
    cases = new CaseDriver(engine);
  }

  @Test
  void theDecisionOpensWithEveryEarlierStepInOrderAndANegativeVerdictStandsOut() {
    String key = cases.apply("mpacs-registration", "applicant.rj-udr", CaseDriver.application("RJ", "RJ-UDR", 25))
        .getBusinessKey();
    cases.runAsyncSteps(key);
    cases.uploadDocuments(key);
    assertThat(sheet(key, StepIds.TASK_RECORD_VIABILITY_NOTE)).startsWith("**Upload supporting documents** — the applicant / आवेदक, ")
        .contains("- Bye-laws / उपविधि: attached / संलग्न");

    cases.complete(key, StepIds.TASK_RECORD_VIABILITY_NOTE, "nabard.rj",
        vars("viabilityNote", "Thin *surplus*; [see] annex", "viable", false));
    String scrutiny = sheet(key, StepIds.TASK_SCRUTINISE_APPLICATION);
    assertThat(scrutiny).contains("⚠ **NOT VIABLE / व्यवहार्य नहीं**",
        "- Viability note / व्यवहार्यता टिप्पणी: Thin \\*surplus\\*; \\[see\\] annex")
        .doesNotContain("Thin *surplus*");

    cases.complete(key, StepIds.TASK_SCRUTINISE_APPLICATION, "rcs.rj-udr",
        vars("scrutinyOutcome", "INSPECT", "scrutinyNote", "Check the godown on site"));
    cases.complete(key, StepIds.TASK_INSPECT_SOCIETY, "inspector.rj-udr",
        vars("inspectionFindings", "Godown leased, members met", "recommendRegistration", true));

    String decision = sheet(key, StepIds.TASK_DECIDE_REGISTRATION);
    int upload = decision.indexOf("**Upload supporting documents**");
    int viability = decision.indexOf("**Record NABARD viability note** — ");
    int scrutinised = decision.indexOf("**Scrutinise application** — Sunita Sharma");
    int inspected = decision.indexOf("**Inspect the proposed society** — Mohan Lal");
    assertThat(upload).as(decision).isNotNegative().isLessThan(viability);
    assertThat(viability).as(decision).isLessThan(scrutinised);
    assertThat(scrutinised).isLessThan(inspected);
    assertThat(decision).contains("- Scrutiny note / जाँच टिप्पणी: Check the godown on site",
        "- Outcome / परिणाम: sent for inspection / निरीक्षण हेतु भेजा", "- Registration recommended / पंजीकरण की अनुशंसा: yes / हाँ",
        "- Findings / निष्कर्ष: Godown leased, members met", "⚠ **NOT VIABLE");
    assertThat(decision).containsPattern("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2} IST");
  }

  @Test
  void everyOfficersStepOfEveryModelShowsTheNoteSheetOnItsForm() throws Exception {
    Set<String> seen = new HashSet<>();
    try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
      for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
        for (UserTask step : Bpmn.readModelFromFile(model.toFile()).getModelElementsByType(UserTask.class)) {
          if (step.getCamundaCandidateGroups() == null) {
            assertThat(step.getCamundaCandidateUsers()).as(model + " " + step.getId() + " is offered to someone").isNotNull();
            continue;
          }
          seen.add(model.getFileName() + " " + step.getId());
          assertThat(step.getCamundaFormRef()).as(model + " " + step.getId()).isNotNull();
          assertThat(Files.readString(Path.of("forms", step.getCamundaFormRef() + ".form")))
              .as(model + " " + step.getId() + ": " + step.getCamundaFormRef()).contains("{{noteSheet}}");
        }
      }
    }
    assertThat(seen).as("officers' steps of the models").contains("national-coop-membership.bpmn Task_BoardDecision",
        "dccb-credit-linkage.bpmn Task_DecideRefinance", "registrar-decision.bpmn Task_InspectSociety").hasSizeGreaterThan(15);
  }

  private String sheet(String key, String step) {
    Map<String, Object> local = engine.getTaskService().getVariablesLocal(cases.task(key, step).getId());
    return (String) local.get(NoteSheet.VARIABLE);
  }
}
