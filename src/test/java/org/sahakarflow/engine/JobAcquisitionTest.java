package org.sahakarflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AcquirableJobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahakarflow.SahakarTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Nodes take due jobs oldest first through the due-date index, and no job is left without a due date. */
@SahakarTest
class JobAcquisitionTest {

  @Autowired
  DataSource dataSource;
  @Autowired
  ProcessEngineConfigurationImpl configuration;
  @Autowired
  RepositoryService repository;
  @Autowired
  RuntimeService runtime;
  @Autowired
  ManagementService management;

  String deployment;

  @BeforeEach
  void deployAnAsyncStep() {
    deployment = repository.createDeployment().name("job-acquisition-test").addModelInstance("job-acquisition-test.bpmn",
        Bpmn.createExecutableProcess("job-acquisition-test").camundaHistoryTimeToLive(1)
            .startEvent().serviceTask("Task_Later").camundaAsyncBefore().camundaExpression("${true}").endEvent()
            .done()).deploy().getId();
  }

  @AfterEach
  void removeIt() {
    repository.deleteDeployment(deployment, true);
  }

  @Test
  void theJobTableIsIndexedByDueDate() throws SQLException {
    assertThat(TaskListIndexesTest.indexColumns(dataSource, "ACT_RU_JOB", JobAcquisition.DUE_DATE)).containsExactly("DUEDATE_");
    assertThat(configuration.isJobExecutorAcquireByDueDate()).isTrue();
  }

  @Test
  void anAsyncStepIsDueWhenItIsMadeAndIsAcquired() {
    Job job = jobOf(runtime.startProcessInstanceByKey("job-acquisition-test", Map.of("stateCode", "RJ")).getId());
    assertThat(job.getDuedate()).as("an async step's job carries the moment it was made").isNotNull();
    assertThat(acquirable()).contains(job.getId());
  }

  @Test
  void aJobWrittenWithoutADueDateIsDatedAtStartAndThenAcquired() throws SQLException {
    Job job = jobOf(runtime.startProcessInstanceByKey("job-acquisition-test", Map.of("stateCode", "RJ")).getId());
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement undate = connection.prepareStatement("update ACT_RU_JOB set DUEDATE_ = null where ID_ = ?")) {
        undate.setString(1, job.getId());
        assertThat(undate.executeUpdate()).isEqualTo(1);
      }
      assertThat(acquirable()).as("a job of an older version, before start").doesNotContain(job.getId());

      assertThat(JobAcquisition.dateJobsWithoutDueDate(connection, configuration)).isGreaterThanOrEqualTo(1);
    }
    assertThat(management.createJobQuery().jobId(job.getId()).singleResult().getDuedate()).isNotNull();
    assertThat(acquirable()).contains(job.getId());
  }

  private Job jobOf(String instance) {
    return management.createJobQuery().processInstanceId(instance).singleResult();
  }

  private List<String> acquirable() {
    return configuration.getCommandExecutorTxRequired().execute(context -> context.getJobManager()
        .findNextJobsToExecute(new Page(0, 10_000)).stream().map(AcquirableJobEntity::getId).toList());
  }
}
