package org.sahakarflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.lang.reflect.Method;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sahakarflow.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What an operator's monitor reads: the health of the database, this node's job executor and the
 * mail server as components, and gauges of incidents and of jobs due that no node has taken.
 */
@SahakarMailTest
class OperatorSignalsTest {

  @RegisterExtension
  static final GreenMailExtension smtp = new GreenMailExtension(
      new ServerSetup(SahakarMailTest.SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP));

  @Autowired
  Http http;
  @Autowired
  ProcessEngine engine;
  @Autowired
  ManagementService management;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  ApplicationContext context;
  @Autowired
  ProcessEngineConfigurationImpl configuration;
  final ObjectMapper json = new ObjectMapper();

  @Test
  void healthNamesTheMailServerAndTheJobExecutorAndTellsWhenMailIsDown() throws Exception {
    JsonNode components = health().get("components");
    assertThat(components.has("db")).isTrue();
    assertThat(components.get("jobs").get("status").asText()).as("tests run no job executor").isEqualTo("UNKNOWN");
    assertThat(health().get("status").asText()).as("which does not make the node unhealthy").isEqualTo("UP");
    assertThat(components.get("mail").get("status").asText()).isEqualTo("UP");
    assertThat(components.get("mail").has("details")).as("details stay hidden").isFalse();

    JobExecutor executor = configuration.getJobExecutor();
    executor.start();
    try {
      assertThat(health().get("components").get("jobs").get("status").asText()).isEqualTo("UP");
    } finally {
      executor.shutdown();
    }

    smtp.stop();
    try {
      assertThat(health().get("components").get("mail").get("status").asText()).isEqualTo("DOWN");
      assertThat(health().get("status").asText()).isEqualTo("DOWN");
    } finally {
      smtp.start();
    }
  }

  @Test
  void incidentsAndJobsDueButNotTakenAreGauges() throws Exception {
    NoticeTestCases cases = new NoticeTestCases(engine, jdbc);
    ProcessInstance instance = cases.start(NoticeTestCases.LOOP, NoticeTestCases.caseVariables());
    refresh();
    double due = gauge("sahakar_jobs_due_unacquired");
    assertThat(due).as("the notice job waits: no job executor runs in tests").isGreaterThanOrEqualTo(1);
    double incidents = gauge("sahakar_incidents{type=\"failedJob\"}");

    management.setJobRetries(cases.job(instance).getId(), 0);
    refresh();

    assertThat(gauge("sahakar_incidents{type=\"failedJob\"}")).isEqualTo(incidents + 1);
    assertThat(gauge("sahakar_jobs_due_unacquired")).as("a job without retries is not due").isEqualTo(due - 1);
  }

  private void refresh() throws Exception {
    Object metrics = context.getBean(Class.forName("org.sahakarflow.engine.JobMetrics"));
    Method refresh = metrics.getClass().getDeclaredMethod("refresh");
    refresh.setAccessible(true);
    refresh.invoke(metrics);
  }

  private double gauge(String series) {
    String scrape = http.as("ministry").getForEntity("/actuator/prometheus", String.class).getBody();
    return scrape.lines().filter(line -> line.startsWith(series.contains("{") ? series.replace("}", "")
            : series + " ")).mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .findFirst().orElse(0);
  }

  private JsonNode health() throws Exception {
    return json.readTree(http.anonymous().getForEntity("/actuator/health", String.class).getBody());
  }
}
