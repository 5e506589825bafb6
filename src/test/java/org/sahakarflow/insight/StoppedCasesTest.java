package org.sahakarflow.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.sahakarflow.CaseDriver;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A case whose step spent its whole retry cycle stands on the ministry's dashboard, with where and
 * why, for the State's eyes only, until it is retried.
 */
@SahakarTest
class StoppedCasesTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  ManagementService management;
  @Autowired
  Http http;

  @Test
  void aCaseStoppedByAFailedStepIsShownWithItsStepAndReasonUntilRetried() {
    CaseDriver cases = new CaseDriver(engine);
    String rajasthan = cases.apply("mpacs-registration", "applicant.rj-udr", CaseDriver.application("RJ", "RJ-UDR", 25))
        .getBusinessKey();
    String andhra = cases.apply("mpacs-registration", "applicant.ap-tpt", CaseDriver.application("AP", "AP-TPT", 25))
        .getBusinessKey();
    Job acknowledgement = spendRetries(cases, rajasthan);
    spendRetries(cases, andhra);

    assertThat(stopped("ministry")).extracting(row -> (String) row.get("businessKey")).contains(rajasthan, andhra);
    List<Map<String, Object>> rj = stopped("registrar.rj");
    assertThat(rj).extracting(row -> (String) row.get("businessKey")).contains(rajasthan).doesNotContain(andhra);
    assertThat(rj).filteredOn(row -> rajasthan.equals(row.get("businessKey"))).singleElement().satisfies(row -> {
      assertThat(row.get("step")).isEqualTo("Task_SendAcknowledgement");
      assertThat(row.get("district")).isEqualTo("RJ-UDR");
      assertThat(row.get("incidentType")).isEqualTo("failedJob");
      assertThat(row).containsKey("reason");
    });
    assertThat(http.as("ministry").getForEntity("/api/insight/stopped.csv?state=RJ", String.class).getBody())
        .startsWith("businessKey,processInstanceId,processKey,step,state,district,since,incidentType,reason")
        .contains(rajasthan).doesNotContain(andhra);
    assertThat(http.as("rcs.rj-udr").getForEntity("/api/insight/stopped", String.class).getStatusCode().value())
        .isEqualTo(403);

    management.setJobRetries(acknowledgement.getId(), 1);
    management.executeJob(acknowledgement.getId());

    assertThat(stopped("ministry")).extracting(row -> (String) row.get("businessKey")).doesNotContain(rajasthan).contains(andhra);
  }

  /** The acknowledgement fails as a step does when its cycle is spent: its retries at 0, an incident. */
  private Job spendRetries(CaseDriver cases, String key) {
    Job job = management.createJobQuery().processInstanceId(cases.instances(key).get(0).getId())
        .activityId("Task_SendAcknowledgement").singleResult();
    management.setJobRetries(job.getId(), 0);
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(job.getProcessInstanceId()).count())
        .isEqualTo(1);
    return job;
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> stopped(String user) {
    return http.as(user).getForEntity("/api/insight/stopped", List.class).getBody();
  }
}
