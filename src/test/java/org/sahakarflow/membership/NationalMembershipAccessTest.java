package org.sahakarflow.membership;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who sees and acts on an NCEL application, through the engine REST API as each demo user: NCEL's
 * board and the secretary; not NCOL's or BBSSL's board, not the district's DCCB, not another
 * State's registrar.
 */
@SahakarTest
class NationalMembershipAccessTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  Http http;
  final ObjectMapper json = new ObjectMapper();
  MembershipCases cases;
  String key;
  String instanceId;
  String taskId;

  @BeforeEach
  void anNcelApplicationAwaitsVerification() {
    cases = new MembershipCases(engine, jdbc);
    key = cases.applied("NCEL");
    instanceId = cases.driver.instances(key).get(0).getId();
    taskId = cases.driver.task(key, NationalMembership.TASK_VERIFY).getId();
  }

  @Test
  void anotherNationalSocietySeesNothingAndCannotClaim() throws Exception {
    for (String other : List.of("ncol.board", "bbssl.board")) {
      assertThat(ids(other, "/engine-rest/process-instance?businessKey=" + key)).as(other).isEmpty();
      assertThat(ids(other, "/engine-rest/history/process-instance?processInstanceBusinessKey=" + key)).as(other).isEmpty();
      assertThat(ids(other, "/engine-rest/task?processInstanceBusinessKey=" + key)).as(other).isEmpty();
      assertThat(claim(other).getStatusCode().is2xxSuccessful()).as(other + " claims").isFalse();
    }
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
  }

  @Test
  void theDistrictsDccbAndAnotherStatesRegistrarSeeNothing() throws Exception {
    for (String user : List.of("dccb.rj-udr", "registrar.ap", "rcs.ap-tpt", "applicant.ap-tpt")) {
      assertThat(ids(user, "/engine-rest/process-instance?businessKey=" + key)).as(user).isEmpty();
      assertThat(ids(user, "/engine-rest/task?processInstanceBusinessKey=" + key)).as(user).isEmpty();
    }
    assertThat(claim("dccb.rj-udr").getStatusCode().is2xxSuccessful()).isFalse();
  }

  @Test
  void ncelsBoardAndTheSecretaryReadTheCaseAndNcelWorksIt() throws Exception {
    assertThat(ids("ncel.board", "/engine-rest/process-instance?businessKey=" + key)).containsExactly(instanceId);
    assertThat(ids("ncel.board", "/engine-rest/task?processInstanceBusinessKey=" + key)).containsExactly(taskId);
    assertThat(ids(MembershipCases.SECRETARY, "/engine-rest/process-instance?businessKey=" + key)).containsExactly(instanceId);
    assertThat(ids(MembershipCases.SECRETARY, "/engine-rest/task?processInstanceBusinessKey=" + key)).isEmpty();
    assertThat(claim("ncel.board").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(http.post("ncel.board", "/engine-rest/task/" + taskId + "/complete", Map.of("variables", Map.of(
        "verificationOutcome", Map.of("value", "RECOMMEND")))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    cases.driver.runAsyncSteps(key);
    assertThat(ids("ncel.board", "/engine-rest/task?processInstanceBusinessKey=" + key)).hasSize(1);
    assertThat(ids("ncol.board", "/engine-rest/task?processInstanceBusinessKey=" + key)).isEmpty();
  }

  private ResponseEntity<String> claim(String user) {
    return http.post(user, "/engine-rest/task/" + taskId + "/claim", Map.of("userId", user));
  }

  private List<String> ids(String user, String path) throws Exception {
    // the engine refuses unbounded queries (query-max-results-limit)
    ResponseEntity<String> response = http.as(user).getForEntity(path + "&maxResults=100", String.class);
    assertThat(response.getStatusCode()).as(user + " " + path).isEqualTo(HttpStatus.OK);
    List<String> ids = new ArrayList<>();
    for (JsonNode node : json.readTree(response.getBody())) {
      ids.add(node.get("id").asText());
    }
    return ids;
  }
}
