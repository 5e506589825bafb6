package org.sahakarflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.sahakarflow.CaseDriver;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.StepIds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/** Finding 2: nobody without a right to run a case's job can spend its retries. */
@SahakarTest
class JobRetriesTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  ManagementService management;
  @Autowired
  IdentityService identity;
  @Autowired
  Http http;

  private Job scrutinyTimer() {
    CaseDriver cases = new CaseDriver(engine);
    String key = cases.mpacsAtScrutiny("RJ", "RJ-UDR", "applicant.rj-udr");
    String instance = cases.task(key, StepIds.TASK_SCRUTINISE_APPLICATION).getProcessInstanceId();
    return management.createJobQuery().processInstanceId(instance).timers().list().get(0);
  }

  @Test
  void executingSomeoneElsesTimerOverRestIsRefusedAndSpendsNoRetry() {
    Job timer = scrutinyTimer();
    for (String user : List.of("ministry", "applicant.rj-udr", "inspector.rj-udr", "rcs.rj-udr")) {
      for (int attempt = 0; attempt < 3; attempt++) {
        assertThat(http.post(user, "/engine-rest/job/" + timer.getId() + "/execute", "{}")
            .getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      }
      assertThat(http.as(user).exchange("/engine-rest/job/" + timer.getId() + "/retries",
          org.springframework.http.HttpMethod.PUT, Http.json("{\"retries\":0}"), String.class)
          .getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
    Job after = management.createJobQuery().jobId(timer.getId()).singleResult();
    assertThat(after.getRetries()).isEqualTo(timer.getRetries());
    assertThat(after.getExceptionMessage()).isNull();
  }

  @Test
  void theEngineChargesNoRetryToACallerWhoMayNotRunTheJob() {
    Job timer = scrutinyTimer();
    identity.setAuthentication("inspector.rj-udr", List.of("inspector:RJ-UDR"), List.of("RJ"));
    try {
      for (int attempt = 0; attempt < 4; attempt++) {
        assertThatThrownBy(() -> management.executeJob(timer.getId()))
            .isInstanceOf(AuthorizationException.class);
      }
    } finally {
      identity.clearAuthentication();
    }
    Job after = management.createJobQuery().jobId(timer.getId()).singleResult();
    assertThat(after.getRetries()).isEqualTo(timer.getRetries());
    assertThat(engine.getRuntimeService().createIncidentQuery().configuration(timer.getId())
        .processInstanceId(timer.getProcessInstanceId()).count()).isZero();
  }
}
