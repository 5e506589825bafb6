package org.sahakarflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.sahakarflow.Cases;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.WebappSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Findings 3 and 6: who filed a case, who registered a society and where the case belongs come
 * from the signed-in user and the case, never from a caller's variables; an applicant files only
 * in their own State.
 */
@SahakarTest
class CaseFactsTest {

  @Autowired
  Http http;
  @Autowired
  HistoryService history;
  @Autowired
  RepositoryService repository;
  @Value("${local.server.port}")
  int port;
  final ObjectMapper json = new ObjectMapper();

  private long cases() {
    return history.createHistoricProcessInstanceQuery().count();
  }

  private static String startBody(String stateCode, String districtCode, String extraName, String extraValue) {
    return "{\"variables\":{"
        + "\"registrationNumber\":{\"value\":\"RJ/UDR/MPACS/2026/0001\",\"type\":\"String\"},"
        + "\"stateCode\":{\"value\":\"" + stateCode + "\",\"type\":\"String\"},"
        + "\"districtCode\":{\"value\":\"" + districtCode + "\",\"type\":\"String\"}"
        + (extraName == null ? "" : ",\"" + extraName + "\":{\"value\":\"" + extraValue + "\",\"type\":\"String\"}")
        + "}}";
  }

  @Test
  void aStartNamingSomeoneElseAsApplicantOrRegistrarIsRefused() {
    long before = cases();
    for (String fact : new String[] {"applicantId", "registeredBy"}) {
      ResponseEntity<String> response = http.post("applicant.rj-udr",
          "/engine-rest/process-definition/key/dccb-credit-linkage/submit-form",
          startBody("RJ", "RJ-UDR", fact, "applicant.ap-tpt"));
      assertThat(response.getStatusCode()).as(fact).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(response.getBody()).contains(fact).contains("fact of the case");
    }
    ResponseEntity<String> start = http.post("applicant.rj-udr",
        "/engine-rest/process-definition/key/dccb-credit-linkage/start",
        "{\"variables\":{},\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_SanctionLimit\"}]}");
    assertThat(start.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(start.getBody()).contains("startInstructions");
    assertThat(cases()).isEqualTo(before);
  }

  @Test
  void onlyTheEngineStartsACreditLinkageByMessage() {
    long before = cases();
    for (String user : new String[] {"applicant.rj-udr", "ministry", "dccb.rj-udr"}) {
      ResponseEntity<String> response = http.post(user, "/engine-rest/message",
          "{\"messageName\":\"dccb-credit-linkage-requested\",\"processVariables\":{"
              + "\"stateCode\":{\"value\":\"RJ\"},\"applicantId\":{\"value\":\"" + user + "\"}}}");
      assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(http.post(user, "/engine-rest/signal", "{\"name\":\"anything\"}").getStatusCode())
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(cases()).isEqualTo(before);
  }

  @Test
  void anApplicantCannotFileInAnotherStateByAnyRoute() throws IOException, InterruptedException {
    long before = cases();
    ResponseEntity<String> api = http.post("applicant.rj-udr", "/api/registrations",
        Cases.mpacsApplication("AP", "AP-TPT"));
    assertThat(api.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(api.getBody()).contains("stateCode");

    ResponseEntity<String> engineRest = http.post("applicant.rj-udr",
        "/engine-rest/process-definition/key/bye-law-adoption/submit-form",
        startBody("AP", "AP-TPT", null, null));
    assertThat(engineRest.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(engineRest.getBody()).contains("stateCode").contains("your own State");

    WebappSession tasklist = new WebappSession(port);
    assertThat(tasklist.login("applicant.rj-udr", "tasklist")).isEqualTo(200);
    String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey("national-coop-membership")
        .latestVersion().singleResult().getId();
    var response = tasklist.send(HttpRequest.newBuilder(tasklist.uri(
            "/camunda/api/engine/engine/default/process-definition/" + definitionId + "/submit-form"))
        .header("Content-Type", "application/json").header("X-XSRF-TOKEN", tasklist.token())
        .POST(HttpRequest.BodyPublishers.ofString(startBody("AP", "AP-TPT", null, null))).build());
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json.readTree(response.body()).path("message").asText()).contains("stateCode");
    assertThat(cases()).isEqualTo(before);
  }

  @Test
  void aDistrictOfAnotherStateIsRefusedAtTheStart() {
    ResponseEntity<String> response = http.post("applicant.rj-udr",
        "/engine-rest/process-definition/key/bye-law-adoption/submit-form",
        startBody("RJ", "AP-TPT", null, null));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("districtCode");
  }

  @Test
  void applicantsStartNothingThroughTheEngineThatOfficesDoNot() {
    for (String officer : new String[] {"rcs.rj-udr", "ministry", "nabard.rj"}) {
      assertThat(http.post(officer, "/engine-rest/process-definition/key/mpacs-registration/start",
          Map.of("variables", Map.of())).getStatusCode()).as(officer).isEqualTo(HttpStatus.FORBIDDEN);
    }
  }

  @Test
  void aPathThatLooksLikeAnAllowedCallReachesNothingElse() throws IOException, InterruptedException {
    long before = cases();
    String auth = "Basic " + java.util.Base64.getEncoder().encodeToString(
        ("applicant.rj-udr:" + Http.DEMO_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
    for (String path : new String[] {"/engine-rest/task;x=1/../message", "/engine-rest/task/x/../../message",
        "/engine-rest//message", "/engine-rest/engine/default/message"}) {
      var response = client.send(HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
              .header("Authorization", auth).header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString("{\"messageName\":\"dccb-credit-linkage-requested\","
                  + "\"processVariables\":{\"stateCode\":{\"value\":\"RJ\"}}}")).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(path).isIn(400, 403, 404);
    }
    assertThat(cases()).isEqualTo(before);
  }
}
