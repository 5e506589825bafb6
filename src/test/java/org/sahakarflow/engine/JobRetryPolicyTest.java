package org.sahakarflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.RepositoryServiceImpl;
import org.camunda.bpm.engine.impl.bpmn.helper.BpmnProperties;
import org.camunda.bpm.engine.impl.bpmn.parser.DefaultFailedJobParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.FailedJobRetryConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.sahakarflow.SahakarTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Every background step and timer of every model retries on the configured cycle; a step may have its own. */
@SahakarTest
class JobRetryPolicyTest {

  static final List<String> DEFAULT = List.of("PT1M", "PT5M", "PT15M", "PT1H", "PT4H", "PT12H");
  static final Set<String> TIMERS = Set.of("boundaryTimer", "intermediateTimer", "startTimerEvent");

  @Autowired
  RepositoryService repository;

  @Test
  void everyAsyncStepAndTimerOfTheAppsModelsHasTheDefaultCycle() {
    List<String> checked = new ArrayList<>();
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
      if (definition.getResourceName() == null || !definition.getResourceName().startsWith("bpmn/")) {
        continue;
      }
      for (ActivityImpl job : jobActivities(deployed(definition))) {
        FailedJobRetryConfiguration cycle = job.getProperties().get(DefaultFailedJobParseListener.FAILED_JOB_CONFIGURATION);
        assertThat(cycle).as(definition.getKey() + ":" + job.getId()).isNotNull();
        assertThat(cycle.getRetryIntervals()).as(definition.getKey() + ":" + job.getId()).isEqualTo(DEFAULT);
        assertThat(cycle.getRetries()).as("an incident on the seventh failure").isEqualTo(7);
        checked.add(definition.getKey() + ":" + job.getId());
      }
    }
    assertThat(checked).as("the models' async steps and timers").hasSizeGreaterThan(50)
        .anyMatch(id -> id.startsWith("registrar-decision:") && id.contains("Timer"))
        .anyMatch(id -> id.startsWith("mpacs-registration:Task_SendAcknowledgement"));
  }

  @Test
  void aStepConfiguredWithItsOwnCycleKeepsIt() {
    String deployment = repository.createDeployment().name("job-retry-policy-test")
        .addClasspathResource("bpmn-test/timer-retry-test.bpmn").deploy().getId();
    try {
      ProcessDefinition definition = repository.createProcessDefinitionQuery().deploymentId(deployment).singleResult();
      ActivityImpl timer = deployed(definition).findActivity("Timer_Wait");
      assertThat(timer.getProperties().get(DefaultFailedJobParseListener.FAILED_JOB_CONFIGURATION).getRetryIntervals())
          .as("application-test.yaml gives it its own").containsExactly("PT30S", "PT1M");
    } finally {
      repository.deleteDeployment(deployment, true);
    }
  }

  @Test
  void aCycleThatIsNoCycleStopsTheStart() {
    assertThatThrownBy(() -> new JobRetryPolicy(new JobRetryProperties("every minute", Map.of())))
        .hasMessageContaining("sahakar.jobs.retry-cycle = 'every minute' is not a retry cycle");
    assertThatThrownBy(() -> new JobRetryPolicy(new JobRetryProperties(JobRetryProperties.DEFAULT_CYCLE,
        Map.of("Task_IssueCertificate", "PT1M,soon")))).hasMessageContaining("retry-cycle-by-step.Task_IssueCertificate");
  }

  private ProcessDefinitionEntity deployed(ProcessDefinition definition) {
    return (ProcessDefinitionEntity) ((RepositoryServiceImpl) repository).getDeployedProcessDefinition(definition.getId());
  }

  /** The activities the engine makes jobs for: async steps and timers. */
  private static List<ActivityImpl> jobActivities(ScopeImpl scope) {
    List<ActivityImpl> jobs = new ArrayList<>();
    for (ActivityImpl activity : scope.getActivities()) {
      if (activity.isAsyncBefore() || activity.isAsyncAfter()
          || TIMERS.contains(activity.getProperties().get(BpmnProperties.TYPE))) {
        jobs.add(activity);
      }
      jobs.addAll(jobActivities(activity));
    }
    return jobs;
  }
}
