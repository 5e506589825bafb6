package org.sahakarflow.insight;

import static java.time.Duration.ofDays;
import static java.time.Duration.ofHours;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Who gets the ministry's tables over REST: the ministry all States, a State only itself, others nothing. */
@SahakarTest
class InsightApiTest {

  @Autowired
  Http http;
  @Autowired
  JdbcTemplate jdbc;
  StepRows rows;

  @BeforeEach
  void stepsInTwoStates() {
    Instant now = Instant.now();
    ClockUtil.setCurrentTime(Date.from(now));
    rows = new StepRows(jdbc, now);
    rows.open("Task_A", "RJ", "RJ-UDR", ofDays(-1));
    rows.open("Task_A", "AP", "AP-TPT", ofDays(-1));
    rows.completed("Task_A", "AP", "AP-TPT", ofDays(1), ofHours(5), ofHours(3));
  }

  @AfterEach
  void cleanUp() {
    rows.clear();
    ClockUtil.reset();
  }

  @Test
  void ministrySeesEveryState() {
    Map<?, ?> a = mine(steps("ministry", "/api/insight/steps"));
    assertThat(a.get("open")).isEqualTo(2);
    assertThat(a.get("overdue")).isEqualTo(2);
    assertThat(a.get("completed")).isEqualTo(1);
    assertThat(a.get("breachRate")).isEqualTo(1.0);
    assertThat(a.get("medianSeconds")).isEqualTo(18000.0);
  }

  @Test
  void stateRegistrarSeesOnlyItsState() {
    Map<?, ?> a = mine(steps("registrar.rj", "/api/insight/steps"));
    assertThat(a.get("open")).isEqualTo(1);
    assertThat(a.get("completed")).isEqualTo(0);
    List<?> heat = http.as("registrar.rj").getForEntity("/api/insight/heat", List.class).getBody();
    assertThat(heat.stream().map(c -> (Object) ((Map<?, ?>) c).get("state")).distinct().toList()).containsExactly("RJ");
    List<?> overdue = http.as("registrar.rj").getForEntity("/api/insight/overdue", List.class).getBody();
    assertThat(overdue.stream().map(c -> (Object) ((Map<?, ?>) c).get("state")).distinct().toList()).containsExactly("RJ");
    assertThat(http.as("registrar.rj").getForEntity("/api/insight/steps?state=AP", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.as("registrar.rj").getForEntity("/api/insight/steps?district=AP-TPT", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void applicantsAndDistrictOfficersGetNothing() {
    for (String user : List.of("applicant.rj-udr", "rcs.rj-udr", "inspector.rj-udr")) {
      for (String path : List.of("/api/insight/steps", "/api/insight/heat", "/api/insight/overdue",
          "/api/insight/steps.csv")) {
        assertThat(http.as(user).getForEntity(path, String.class).getStatusCode()).as(user + " " + path)
            .isEqualTo(HttpStatus.FORBIDDEN);
      }
    }
    assertThat(http.anonymous().getForEntity("/api/insight/steps", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void everyTableDownloadsAsCsv() {
    ResponseEntity<String> csv = http.as("ministry").getForEntity("/api/insight/steps.csv?state=AP", String.class);
    assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
    assertThat(csv.getBody()).startsWith("processKey,step,stepName,open,overdue,completed,breached,breachRate,")
        .contains(rows.processKey + ",Task_A,Task_A,1,1,1,1,1.0,18000.0,18000.0,office\r\n");
    assertThat(http.as("ministry").getForEntity("/api/insight/heat.csv", String.class).getBody())
        .startsWith("state,processKey,step,overdue").contains("RJ," + rows.processKey + ",Task_A,1");
    assertThat(http.as("ministry").getForEntity("/api/insight/overdue.csv", String.class).getBody())
        .startsWith("businessKey,caseId,processInstanceId,processKey,step,state,district,assignee,dueAt,overdueMinutes,heldBy\r\n");
  }

  @Test
  void badFiltersAreRefused() {
    assertThat(http.as("ministry").getForEntity("/api/insight/steps?periodDays=0", String.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(http.as("ministry").getForEntity("/api/insight/steps?state=rajasthan", String.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void documentedInOpenApi() {
    String spec = http.as("ministry").getForEntity("/api/openapi", String.class).getBody();
    assertThat(spec).contains("/api/insight/steps", "/api/insight/heat", "/api/insight/overdue", "/api/insight/steps.csv");
  }

  @Test
  void eachStepSaysWhetherTheApplicantOrAnOfficeHoldsIt() {
    rows.openWithApplicant("Task_Upload", "RJ", "RJ-UDR", ofDays(-2));
    Map<Object, Object> heldBy = new java.util.HashMap<>();
    steps("ministry", "/api/insight/steps").stream().map(s -> (Map<?, ?>) s)
        .filter(s -> rows.processKey.equals(s.get("processKey"))).forEach(s -> heldBy.put(s.get("step"), s.get("heldBy")));
    assertThat(heldBy).containsEntry("Task_Upload", "applicant").containsEntry("Task_A", "office");
    List<?> overdue = steps("ministry", "/api/insight/overdue?state=RJ");
    assertThat(overdue.stream().map(o -> (Map<?, ?>) o).filter(o -> rows.processKey.equals(o.get("processKey")))
        .map(o -> o.get("step") + ":" + o.get("heldBy")).toList())
        .as("oldest first").containsExactly("Task_Upload:applicant", "Task_A:office");
  }

  private List<?> steps(String user, String path) {
    ResponseEntity<List> response = http.as(user).getForEntity(path, List.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private Map<?, ?> mine(List<?> steps) {
    return steps.stream().map(s -> (Map<?, ?>) s).filter(s -> rows.processKey.equals(s.get("processKey")))
        .findFirst().orElseThrow();
  }
}
