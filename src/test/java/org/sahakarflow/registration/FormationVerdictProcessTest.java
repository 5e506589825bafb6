package org.sahakarflow.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.sahakarflow.CaseDriver.vars;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahakarflow.CaseDriver;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.StepIds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The formation agency's verdict is evidence on the registrar's file: NABARD's viability note, the
 * milk union's survey and the water-body check reach the scrutiny and decision tasks and the case
 * record, a negative one flagged, and registering over it takes written reasons.
 */
@SahakarTest
class FormationVerdictProcessTest {

  private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{\\{(\\w+)}}");
  private static final Pattern FEEL_VARIABLE = Pattern.compile("\\b(formation\\w+)\\b");

  @Autowired
  ProcessEngine engine;
  @Autowired
  TaskService tasks;
  @Autowired
  Http http;
  CaseDriver cases;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    cases = new CaseDriver(engine);
  }

  @Test
  @SuppressWarnings("unchecked")
  void aNotViableMpacsIsFlaggedToTheRegistrarWhoRegistersItOnlyWithReasons() {
    String key = eligible("mpacs-registration", "RJ", "RJ-UDR");
    cases.complete(key, StepIds.TASK_RECORD_VIABILITY_NOTE, "nabard.rj",
        vars("viabilityNote", "40 farmers only; no godown within 12 km", "viable", false));

    Map<String, Object> scrutiny = taskVariables(key, StepIds.TASK_SCRUTINISE_APPLICATION);
    assertThat(scrutiny).containsEntry("formationVerdict", "NEGATIVE").containsEntry("formationAgency", "NABARD")
        .containsEntry("formationFindings", "NABARD viability note: NOT VIABLE. 40 farmers only; no godown within 12 km");
    assertFormReads(key, StepIds.TASK_SCRUTINISE_APPLICATION, "application-scrutiny");
    cases.complete(key, StepIds.TASK_SCRUTINISE_APPLICATION, "rcs.rj-udr", vars("scrutinyOutcome", "DECIDE"));

    assertThat(taskVariables(key, StepIds.TASK_DECIDE_REGISTRATION)).containsEntry("formationVerdict", "NEGATIVE")
        .containsEntry("formationFindings", scrutiny.get("formationFindings"));
    assertFormReads(key, StepIds.TASK_DECIDE_REGISTRATION, "decide-registration");
    Task decision = cases.task(key, StepIds.TASK_DECIDE_REGISTRATION);
    tasks.claim(decision.getId(), "rcs.rj-udr");
    for (Map<String, Object> withoutReasons : List.of(vars("decision", "REGISTER"),
        vars("decision", "REGISTER", "registrationReasons", "  "))) {
      assertThatThrownBy(() -> tasks.complete(decision.getId(), withoutReasons))
          .hasMessageContaining("registrationReasons: the formation agency (NABARD) found against the society");
    }
    assertThat(tasks.createTaskQuery().taskId(decision.getId()).count()).isOne();

    tasks.complete(decision.getId(), vars("decision", "REGISTER", "registrationReasons",
        "The DCCB branch 3 km away stores inputs; membership has since risen to 310 farmers."));
    cases.runAsyncSteps(key);
    assertThat(cases.instances(key)).isEmpty();
    assertThat(cases.variable(key, "registrationNumber")).isNotNull();

    Map<String, Object> filed = http.get("rcs.rj-udr", "/api/registrations/" + key).getBody();
    assertThat((Map<String, Object>) filed.get("formationVerdict")).containsEntry("agency", "NABARD")
        .containsEntry("verdict", "NEGATIVE").containsEntry("findings", scrutiny.get("formationFindings"))
        .containsEntry("registrationReasons",
            "The DCCB branch 3 km away stores inputs; membership has since risen to 310 farmers.");
    String page = http.as("applicant.rj-udr").getForObject("/api/registrations/" + key + "/view", String.class);
    assertThat(page).contains("⚠ NEGATIVE: the formation agency (NABARD) found against this society",
        "40 farmers only; no godown within 12 km", "membership has since risen to 310 farmers");
  }

  @Test
  void aViableMpacsIsRegisteredWithoutFurtherReasonsAndTheRecordSaysSo() {
    String key = eligible("mpacs-registration", "RJ", "RJ-UDR");
    cases.complete(key, StepIds.TASK_RECORD_VIABILITY_NOTE, "nabard.rj",
        vars("viabilityNote", "400 farmers, a godown", "viable", true));
    cases.complete(key, StepIds.TASK_SCRUTINISE_APPLICATION, "rcs.rj-udr", vars("scrutinyOutcome", "DECIDE"));
    assertThat(taskVariables(key, StepIds.TASK_DECIDE_REGISTRATION)).containsEntry("formationVerdict", "FAVOURABLE")
        .containsEntry("formationFindings", "NABARD viability note: viable. 400 farmers, a godown");

    cases.complete(key, StepIds.TASK_DECIDE_REGISTRATION, "rcs.rj-udr", vars("decision", "REGISTER"));

    assertThat(cases.variable(key, "registrationNumber")).isNotNull();
    String page = http.as("rcs.rj-udr").getForObject("/api/registrations/" + key + "/view", String.class);
    assertThat(page).contains("NABARD viability note: viable.").doesNotContain("⚠ NEGATIVE");
  }

  @Test
  void aNegativeMilkSurveyReachesTheDecisionAndARefusalNeedsNoMoreThanItsReasons() {
    String key = eligible("dairy-registration", "UP", "UP-LKO");
    cases.complete(key, StepIds.TASK_RECORD_MILK_SURVEY, "milk-union.up-lko", vars("milchAnimals", 35L,
        "surplusMilkLitresPerDay", 40.5, "collectionRoute", "none within 20 km", "surveyFavourable", false));
    cases.complete(key, StepIds.TASK_SCRUTINISE_APPLICATION, "rcs.up-lko", vars("scrutinyOutcome", "DECIDE"));

    assertThat(taskVariables(key, StepIds.TASK_DECIDE_REGISTRATION)).containsEntry("formationVerdict", "NEGATIVE")
        .containsEntry("formationAgency", "Milk union").containsEntry("formationFindings", "Milk union survey: NOT"
            + " FAVOURABLE. 35 milch animals; marketable surplus 40.5 litres a day; collection route none within 20 km.");
    cases.complete(key, StepIds.TASK_DECIDE_REGISTRATION, "rcs.up-lko",
        vars("decision", "REFUSE", "refusalReasons", "Too little surplus milk for a society"));
    assertThat(cases.instances(key)).isEmpty();
    assertThat(cases.variable(key, "registrationNumber")).isNull();
  }

  @Test
  void anUnsuitableWaterBodyReachesTheDecisionAndIsFlagged() {
    String key = eligible("fisheries-registration", "OD", "OD-KHO");
    cases.complete(key, StepIds.TASK_CHECK_WATER_BODY, "fisheries.od-kho", vars("waterBodyAreaAcres", 6.5,
        "leaseAssured", false, "waterBodySuitable", false, "waterBodyNote", "seasonal pond"));
    cases.complete(key, StepIds.TASK_SCRUTINISE_APPLICATION, "rcs.od-kho", vars("scrutinyOutcome", "DECIDE"));

    assertThat(taskVariables(key, StepIds.TASK_DECIDE_REGISTRATION)).containsEntry("formationVerdict", "NEGATIVE")
        .containsEntry("formationFindings", "Water-body check: NOT SUITABLE. 6.5 acres; lease not assured. seasonal pond");
    assertThatThrownBy(() -> cases.complete(key, StepIds.TASK_DECIDE_REGISTRATION, "rcs.od-kho",
        vars("decision", "REGISTER"))).hasMessageContaining("registrationReasons");
  }

  @Test
  void anAgencysReportWithoutItsVerdictIsRefusedAndTheTaskStays() {
    String key = eligible("dairy-registration", "UP", "UP-LKO");
    Task survey = cases.task(key, StepIds.TASK_RECORD_MILK_SURVEY);
    assertThatThrownBy(() -> tasks.complete(survey.getId(), vars("milchAnimals", 420L,
        "surplusMilkLitresPerDay", 650.0, "collectionRoute", "route 3")))
        .hasMessageContaining("surveyFavourable: the verdict is required, ticked or not");
    assertThat(tasks.createTaskQuery().taskId(survey.getId()).count()).isOne();

    // through engine REST, as Tasklist completes it: a form error naming the field
    ResponseEntity<String> response = http.post("milk-union.up-lko", "/engine-rest/task/" + survey.getId() + "/complete",
        "{\"variables\":{\"milchAnimals\":{\"value\":420,\"type\":\"Long\"},"
            + "\"surplusMilkLitresPerDay\":{\"value\":650,\"type\":\"Double\"},"
            + "\"collectionRoute\":{\"value\":\"route 3\",\"type\":\"String\"}}}");
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("surveyFavourable");
    assertThat(tasks.createTaskQuery().taskId(survey.getId()).count()).isOne();
  }

  @Test
  void aDairySocietyUploadsWithoutABankCertificateAnMpacsCannot() {
    String dairy = cases.apply("dairy-registration", "applicant.rj-udr", CaseDriver.application("RJ", "RJ-UDR", 25))
        .getBusinessKey();
    cases.runAsyncSteps(dairy);
    cases.complete(dairy, StepIds.TASK_UPLOAD_DOCUMENTS, null, documents("byeLawsDocument", "promoterListDocument"));
    assertThat(cases.task(dairy, StepIds.TASK_RECORD_MILK_SURVEY)).isNotNull();

    ProcessInstance mpacs = cases.apply("mpacs-registration", "applicant.rj-udr", CaseDriver.application("RJ", "RJ-UDR", 25));
    cases.runAsyncSteps(mpacs.getBusinessKey());
    Task upload = cases.task(mpacs.getBusinessKey(), StepIds.TASK_UPLOAD_DOCUMENTS);
    assertThatThrownBy(() -> tasks.complete(upload.getId(), documents("byeLawsDocument", "promoterListDocument")))
        .hasMessageContaining("bankCertificateDocument: upload the document as a file");
    assertThat(mpacs).isWaitingAt(StepIds.TASK_UPLOAD_DOCUMENTS);
  }

  private String eligible(String process, String state, String district) {
    ProcessInstance instance = cases.apply(process, "applicant." + district.toLowerCase(),
        CaseDriver.application(state, district, 25));
    cases.runAsyncSteps(instance.getBusinessKey());
    cases.uploadDocuments(instance.getBusinessKey());
    return instance.getBusinessKey();
  }

  private Map<String, Object> taskVariables(String key, String taskKey) {
    return tasks.getVariables(cases.task(key, taskKey).getId());
  }

  /** Every variable the task's form shows or tests (its texts' {{names}}, the verdict in its conditions) is on the task. */
  private void assertFormReads(String key, String taskKey, String form) {
    Set<String> onTask = taskVariables(key, taskKey).keySet();
    List<String> read = new ArrayList<>();
    try {
      JsonNode schema = new ObjectMapper().readTree(Path.of("forms", form + ".form").toFile());
      for (JsonNode component : schema.path("components")) {
        Matcher name = TEMPLATE_VARIABLE.matcher(component.path("text").asText(""));
        while (name.find()) {
          read.add(name.group(1));
        }
        Matcher condition = FEEL_VARIABLE.matcher(component.path("conditional").path("hide").asText(""));
        while (condition.find()) {
          read.add(condition.group(1));
        }
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    assertThat(read).as(form).contains("formationFindings", "formationVerdict", "formationAgency");
    assertThat(onTask).as(form + " reads").containsAll(read);
  }

  private static Map<String, Object> documents(String... names) {
    Map<String, Object> files = new HashMap<>();
    for (String name : names) {
      files.put(name, Variables.fileValue(name + ".pdf").file(("%PDF-1.4 " + name).getBytes(StandardCharsets.UTF_8))
          .mimeType("application/pdf").create());
    }
    return files;
  }
}
