package org.sahakarflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import javax.xml.datatype.DatatypeFactory;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahakarflow.SahakarTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The job log keeps what a timer did, not that it was created and deleted unfired; a job's
 * failed-job incident still goes with it.
 */
@SahakarTest
class TimerCostPluginTest {

  static final String KEY = "timer-cost-test";
  static final Map<String, Object> CASE = Map.of("stateCode", "RJ", "districtCode", "RJ-UDR");

  @Autowired
  ProcessEngineConfigurationImpl configuration;
  @Autowired
  RepositoryService repository;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  ManagementService management;
  @Autowired
  HistoryService history;
  String deploymentId;

  @BeforeEach
  void deploy() {
    // a task with a reminder cycle and an escalation date, as the SLA gives every step, then an async step
    BpmnModelInstance model = Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask("Task_Work").name("Work")
        .boundaryEvent("Timer_Remind").cancelActivity(false).timerWithCycle("R/PT1H").endEvent("End_Reminded")
        .moveToActivity("Task_Work")
        .boundaryEvent("Timer_Escalate").cancelActivity(false).timerWithDuration("P1D").endEvent("End_Escalated")
        .moveToActivity("Task_Work")
        .serviceTask("Task_After").camundaAsyncBefore().camundaExpression("${true}")
        .endEvent()
        .done();
    deploymentId = repository.createDeployment().addModelInstance(KEY + ".bpmn", model).deploy().getId();
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    repository.deleteDeployment(deploymentId, true);
  }

  @Test
  void theLevelIsStillFull() {
    assertThat(configuration.getHistoryLevel()).isInstanceOf(TimerCostPlugin.FullWithoutTimerBookkeeping.class);
    assertThat(configuration.getHistoryLevel().getName()).isEqualTo("full");
    assertThat(configuration.getHistoryLevel().getId()).isEqualTo(3);
    assertThat(System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY)).isNotBlank();
  }

  @Test
  void timersOfATaskDoneInTimeLeaveNoLog() {
    String instance = runtime.startProcessInstanceByKey(KEY, CASE).getId();
    assertThat(management.createJobQuery().processInstanceId(instance).timers().count()).isEqualTo(2);
    tasks.complete(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId());
    assertThat(management.createJobQuery().processInstanceId(instance).timers().count()).isZero();
    Job async = management.createJobQuery().processInstanceId(instance).singleResult();
    management.executeJob(async.getId());

    List<HistoricJobLog> log = history.createHistoricJobLogQuery().processInstanceId(instance).list();
    assertThat(log).extracting(HistoricJobLog::getJobDefinitionType).containsOnly("async-continuation");
    assertThat(log).extracting(HistoricJobLog::isCreationLog, HistoricJobLog::isSuccessLog)
        .containsExactlyInAnyOrder(Tuple.tuple(true, false),
            Tuple.tuple(false, true));
  }

  @Test
  void aTimerThatFiresLogsItsExecution() {
    String instance = runtime.startProcessInstanceByKey(KEY, CASE).getId();
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + Duration.ofDays(1).plusMinutes(1).toMillis()));
    Job escalation = management.createJobQuery().processInstanceId(instance).activityId("Timer_Escalate").singleResult();
    management.executeJob(escalation.getId());

    List<HistoricJobLog> log = history.createHistoricJobLogQuery().processInstanceId(instance).list();
    assertThat(log).hasSize(1);
    assertThat(log.get(0).getActivityId()).isEqualTo("Timer_Escalate");
    assertThat(log.get(0).isSuccessLog()).isTrue();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance)
        .activityId("End_Escalated").count()).isEqualTo(1);
  }

  @Test
  void theFailedJobIncidentHandlerIsOurs() {
    assertThat(configuration.getIncidentHandler(Incident.FAILED_JOB_HANDLER_TYPE))
        .isInstanceOf(TimerCostPlugin.FailedJobIncidents.class);
  }

  @Test
  void aTimerWithItsRetriesSpentTakesItsIncidentAlongWhenTheTaskIsDone() {
    String instance = runtime.startProcessInstanceByKey(KEY, CASE).getId();
    Job escalation = management.createJobQuery().processInstanceId(instance).activityId("Timer_Escalate").singleResult();
    Job reminder = management.createJobQuery().processInstanceId(instance).activityId("Timer_Remind").singleResult();
    management.setJobRetries(escalation.getId(), 0);
    management.setJobRetries(reminder.getId(), 1);
    assertThat(runtime.createIncidentQuery().processInstanceId(instance).list())
        .extracting(Incident::getConfiguration).containsExactly(escalation.getId());

    tasks.complete(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId());

    assertThat(runtime.createIncidentQuery().processInstanceId(instance).count()).isZero();
    assertThat(history.createHistoricIncidentQuery().processInstanceId(instance).list())
        .extracting(HistoricIncident::getConfiguration, HistoricIncident::isDeleted)
        .containsExactly(Tuple.tuple(escalation.getId(), true));
  }

  @Test
  void retriesGivenBackResolveTheIncident() {
    String instance = runtime.startProcessInstanceByKey(KEY, CASE).getId();
    Job escalation = management.createJobQuery().processInstanceId(instance).activityId("Timer_Escalate").singleResult();
    management.setJobRetries(escalation.getId(), 0);

    management.setJobRetries(escalation.getId(), 3);

    assertThat(runtime.createIncidentQuery().processInstanceId(instance).count()).isZero();
    assertThat(history.createHistoricIncidentQuery().processInstanceId(instance).resolved().count()).isEqualTo(1);
  }
}
