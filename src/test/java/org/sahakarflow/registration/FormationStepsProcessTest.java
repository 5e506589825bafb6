package org.sahakarflow.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.sahakarflow.CaseDriver.vars;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahakarflow.CaseDriver;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.StepIds;
import org.springframework.beans.factory.annotation.Autowired;

/** Dairy and fisheries societies: each type's formation agency acts before the registrar. */
@SahakarTest
class FormationStepsProcessTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  TaskService tasks;
  CaseDriver cases;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    cases = new CaseDriver(engine);
  }

  @Test
  void dairySocietyIsSurveyedByTheMilkUnionThenRegistered() {
    ProcessInstance instance = eligible("dairy-registration", "UP", "UP-LKO", "applicant.up-lko");
    String key = instance.getBusinessKey();
    assertThat(key).matches("UP-LKO-DAIRY-\\d{4}-\\d{6}");
    assertThat(instance).isWaitingAt(StepIds.TASK_RECORD_MILK_SURVEY);
    assertThat(groups(key, StepIds.TASK_RECORD_MILK_SURVEY)).containsExactly("milk-union:UP-LKO");

    cases.complete(key, StepIds.TASK_RECORD_MILK_SURVEY, "milk-union.up-lko",
        vars("milchAnimals", 420L, "surplusMilkLitresPerDay", 650.0, "collectionRoute", "Bakshi Ka Talab route 3",
            "surveyFavourable", true));
    cases.complete(key, StepIds.TASK_SCRUTINISE_APPLICATION, "rcs.up-lko", vars("scrutinyOutcome", "DECIDE"));
    cases.complete(key, StepIds.TASK_DECIDE_REGISTRATION, "rcs.up-lko", vars("decision", "REGISTER"));

    assertThat(instance).hasPassedInOrder(StepIds.TASK_RECORD_MILK_SURVEY, "CallActivity_RegistrarDecision",
        StepIds.END_SOCIETY_REGISTERED).isEnded();
    assertThat(cases.variable(key, "registrationNumber")).asString().matches("UP-LKO-DAIRY-\\d{4}-\\d{5}");
  }

  @Test
  void fisheriesSocietyHasItsWaterBodyCheckedThenRefused() {
    ProcessInstance instance = eligible("fisheries-registration", "OD", "OD-KHO", "applicant.od-kho");
    String key = instance.getBusinessKey();
    assertThat(instance).isWaitingAt(StepIds.TASK_CHECK_WATER_BODY);
    assertThat(groups(key, StepIds.TASK_CHECK_WATER_BODY)).containsExactly("fisheries:OD-KHO");

    cases.complete(key, StepIds.TASK_CHECK_WATER_BODY, "fisheries.od-kho",
        vars("waterBodyAreaAcres", 6.5, "leaseAssured", false, "waterBodySuitable", false,
            "waterBodyNote", "below 10 acres, no lease"));
    cases.complete(key, StepIds.TASK_SCRUTINISE_APPLICATION, "rcs.od-kho", vars("scrutinyOutcome", "DECIDE"));
    cases.complete(key, StepIds.TASK_DECIDE_REGISTRATION, "rcs.od-kho",
        vars("decision", "REFUSE", "refusalReasons", "No assured water body"));

    assertThat(instance).hasPassed(StepIds.END_NOT_REGISTERED).isEnded();
    assertThat(cases.variable(key, "registrationNumber")).isNull();
  }

  private ProcessInstance eligible(String process, String state, String district, String applicant) {
    ProcessInstance instance = cases.apply(process, applicant, CaseDriver.application(state, district, 25));
    cases.runAsyncSteps(instance.getBusinessKey());
    cases.uploadDocuments(instance.getBusinessKey());
    return instance;
  }

  private java.util.List<String> groups(String key, String taskKey) {
    return tasks.getIdentityLinksForTask(cases.task(key, taskKey).getId()).stream()
        .map(IdentityLink::getGroupId).filter(g -> g != null).toList();
  }
}
