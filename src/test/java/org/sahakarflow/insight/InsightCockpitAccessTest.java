package org.sahakarflow.insight;

import static java.time.Duration.ofDays;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.WebappSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/** The Cockpit plugin's backend answers the Cockpit session: the ministry all, a State itself, others nothing. */
@SahakarTest
class InsightCockpitAccessTest {

  static final String STEPS = "/camunda/api/cockpit/plugin/" + InsightCockpitPlugin.ID + "/default/steps";

  @Value("${local.server.port}")
  int port;
  @Autowired
  JdbcTemplate jdbc;
  StepRows rows;

  @BeforeEach
  void stepsInTwoStates() {
    rows = new StepRows(jdbc, Instant.now());
    rows.open("Task_A", "RJ", "RJ-UDR", ofDays(-1));
    rows.open("Task_A", "AP", "AP-TPT", ofDays(-1));
  }

  @AfterEach
  void cleanUp() {
    rows.clear();
  }

  @Test
  void ministrySeesEveryState() throws Exception {
    WebappSession ministry = session("ministry", "cockpit");
    assertThat(ministry.get(STEPS).body()).contains("\"processKey\":\"" + rows.processKey + "\",\"step\":\"Task_A\",\"stepName\":\"Task_A\",\"open\":2,\"overdue\":2");
    assertThat(ministry.get(STEPS.replace("/steps", "/heat.csv")).body()).contains("AP," + rows.processKey).contains("RJ," + rows.processKey);
    // the dashboard's filters narrow every table, and a malformed one is refused by name
    assertThat(ministry.get(STEPS.replace("/steps", "/heat.csv") + "?state=RJ").body())
        .contains("RJ," + rows.processKey).doesNotContain("AP,");
    // the pickers and the names the dashboard shows for codes
    assertThat(ministry.get(STEPS.replace("/steps", "/places")).body()).contains(
        "{\"code\":\"RJ\",\"name\":\"Rajasthan\",\"hindiName\":\"राजस्थान\",\"stateCode\":null}", "\"code\":\"OD\"",
        "{\"code\":\"AP-TPT\",\"name\":\"Tirupati\",\"hindiName\":\"तिरुपति\",\"stateCode\":\"AP\"}", "\"code\":\"RJ-UDR\"");
    assertThat(ministry.get(STEPS.replace("/steps", "/processes")).body())
        .contains("{\"key\":\"mpacs-registration\",\"name\":\"Register a new M-PACS\"}");
    HttpResponse<String> bad = ministry.get(STEPS + "?district=Udaipur");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("district");
  }

  @Test
  void stateRegistrarSeesItselfOnly() throws Exception {
    WebappSession registrar = session("registrar.rj", "cockpit");
    assertThat(registrar.get(STEPS).body()).contains("\"processKey\":\"" + rows.processKey + "\",\"step\":\"Task_A\",\"stepName\":\"Task_A\",\"open\":1,\"overdue\":1");
    assertThat(registrar.get(STEPS.replace("/steps", "/heat.csv")).body()).contains("RJ," + rows.processKey).doesNotContain("AP,");
    assertThat(registrar.get(STEPS + "?state=AP").statusCode()).isEqualTo(403);
    assertThat(registrar.get(STEPS.replace("/steps", "/places")).body()).contains("\"code\":\"RJ\"", "\"code\":\"RJ-UDR\"")
        .doesNotContain("\"code\":\"AP\"", "AP-TPT");
    assertThat(registrar.get(STEPS.replace("/steps", "/formation")).body())
        .contains("\"districtCode\":\"RJ-UDR\"").doesNotContain("\"stateCode\":\"AP\"");
    assertThat(registrar.get(STEPS.replace("/steps", "/formation.csv?societyType=DAIRY")).body())
        .contains("RJ,RJ-UDR,DAIRY,").doesNotContain("MPACS").doesNotContain("AP,");
    assertThat(registrar.get(STEPS.replace("/steps", "/adoption?district=AP-TPT")).statusCode()).isEqualTo(403);
  }

  @Test
  void ministrySeesFormationAndAdoptionOfEveryState() throws Exception {
    WebappSession ministry = session("ministry", "cockpit");
    assertThat(ministry.get(STEPS.replace("/steps", "/formation.csv")).body())
        .startsWith("stateCode,districtCode,societyType,year,target,registered,inProgress,percentOfTarget")
        .contains("RJ,RJ-UDR,MPACS,").contains("AP,");
    assertThat(ministry.get(STEPS.replace("/steps", "/adoption.csv")).body())
        .startsWith("stateCode,districtCode,adopted,inProgress,notStarted");
  }

  @Test
  void districtOfficerAndApplicantGetNothing() throws Exception {
    for (String user : new String[] {"rcs.rj-udr", "applicant.rj-udr"}) {
      WebappSession session = session(user, "tasklist");
      assertThat(session.get(STEPS).statusCode()).as(user).isEqualTo(403);
      assertThat(session.get(STEPS.replace("/steps", "/overdue.csv")).statusCode()).as(user).isEqualTo(403);
      assertThat(session.get(STEPS.replace("/steps", "/formation")).statusCode()).as(user).isEqualTo(403);
      assertThat(session.get(STEPS.replace("/steps", "/adoption.csv")).statusCode()).as(user).isEqualTo(403);
    }
  }

  /** A failure of the database is the operator's to read in the log, not the reader's: no statement, no table. */
  @Test
  void aDatabaseFailureAnswersAReferenceAndNoSql() throws Exception {
    WebappSession ministry = session("ministry", "cockpit");
    jdbc.execute("alter table insight_step rename to insight_step_away");
    HttpResponse<String> failed;
    try {
      failed = ministry.get(STEPS);
    } finally {
      jdbc.execute("alter table insight_step_away rename to insight_step");
    }
    assertThat(failed.statusCode()).isEqualTo(500);
    assertThat(failed.body()).containsPattern("reference [0-9a-f-]{36}")
        .doesNotContainIgnoringCase("select").doesNotContainIgnoringCase("insight_step").doesNotContain("Exception");
    assertThat(ministry.get(STEPS).statusCode()).as("the table is back").isEqualTo(200);
  }

  private WebappSession session(String user, String app) throws Exception {
    WebappSession session = new WebappSession(port);
    assertThat(session.login(user, app)).as(user + " signs in to " + app).isEqualTo(200);
    return session;
  }
}
