package org.sahakarflow.sla;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.Job;
import org.sahakarflow.StepIds;
import org.sahakarflow.system.India;

/**
 * The test-only models under {@code bpmn-test/} (outside the auto-deployed {@code bpmn/}), which
 * stand in for the registrar's decision through {@code slaProcessKey}.
 */
final class SlaTestModels {

  static final String STEP_MODEL = "sla-step-test";
  static final String STATUTORY_MODEL = "sla-statutory-test";
  static final String SLA_PROCESS_KEY = "registrar-decision";
  static final String SCRUTINY = StepIds.TASK_SCRUTINISE_APPLICATION;

  private SlaTestModels() {
  }

  /** Deploys the model once; an unchanged model is not deployed again. */
  static void deploy(RepositoryService repository, String processKey) {
    repository.createDeployment().name(processKey)
        .addClasspathResource("bpmn-test/" + processKey + ".bpmn")
        .enableDuplicateFiltering(false).deploy();
  }

  static Job timer(ManagementService management, String processInstanceId, String timerEventId) {
    return management.createJobQuery().processInstanceId(processInstanceId).timers()
        .activityId(timerEventId).singleResult();
  }

  static Date ist(String localDateTime) {
    return Date.from(istInstant(localDateTime));
  }

  static Instant istInstant(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(India.ZONE).toInstant();
  }
}
