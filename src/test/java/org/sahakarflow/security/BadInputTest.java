package org.sahakarflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.sahakarflow.Cases;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Input the handlers did not expect is a 400 naming the field, never a 500, and writes nothing. */
@SahakarTest
class BadInputTest {

  @Autowired
  Http http;
  @Autowired
  HistoryService history;
  @Autowired
  IdentityService identity;
  @Autowired
  JdbcTemplate jdbc;
  final ObjectMapper json = new ObjectMapper();

  @Test
  void anImportHeaderWithAnExtraColumnNamesTheHeader() throws Exception {
    String number = "RJ/UDR/IMP/" + UUID.randomUUID().toString().substring(0, 13);
    String csv = "registrationNumber,name,type,stateCode,districtCode,registeredOn,secretaryUserId,remarks\n"
        + number + ",Extra Column PACS,MPACS,RJ,RJ-UDR,1990-01-01,,none\n";
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.valueOf("text/csv"));
    ResponseEntity<String> response = http.as("registrar.rj").exchange("/api/societies/import",
        HttpMethod.POST, new HttpEntity<>(csv.getBytes(StandardCharsets.UTF_8), headers), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(response)).singleElement().satisfies(e -> assertThat(e)
        .startsWith("line 1: ").contains("remarks").contains("secretaryUserId optional"));
    assertThat(jdbc.queryForObject("select count(*) from society where registration_number = ?",
        Integer.class, number)).isZero();
  }

  @Test
  void aKeyGivenTwiceIsNamed() throws Exception {
    String body = json.writeValueAsString(Cases.mpacsApplication("RJ", "RJ-UDR"));
    assertRejected("{\"societyName\":\"Shadow PACS\"," + body.substring(1), "societyName",
        "appears more than once");
    assertRejected(body.replaceFirst("\"promoters\":\\[\\{", "\"promoters\":[{\"village\":\"Elsewhere\","),
        "promoters[0].village", "appears more than once");
  }

  @Test
  void aNumberBeyondAnyAmountIsNamed() throws Exception {
    Map<String, Object> application = Cases.mpacsApplication("RJ", "RJ-UDR");
    application.put("shareCapitalSubscribed", "@@");
    String body = json.writeValueAsString(application).replace("\"@@\"", "1e400");
    assertRejected(body, "shareCapitalSubscribed", "at most");

    application = Cases.mpacsApplication("RJ", "RJ-UDR");
    application.put("promoters", List.of(Map.of("name", "P", "householdId", "HH-1e400",
        "village", "Kheda", "sharesSubscribed", "@@")));
    body = json.writeValueAsString(application).replace("\"@@\"", "1e400");
    assertRejected(body, "promoters[0].sharesSubscribed", "wrong type or format");
  }

  @Test
  void aPasswordAgainstThePolicyIsABadRequestWithTheReason() throws Exception {
    String create = "{\"profile\":{\"id\":\"policy.breaker\",\"firstName\":\"P\",\"lastName\":\"B\","
        + "\"email\":\"pb@example.in\"},\"credentials\":{\"password\":\"short\"}}";
    ResponseEntity<String> created = http.post("admin", "/engine-rest/user/create", create);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(created.getBody()).get("message").asText())
        .startsWith("password ").contains("at least 10 characters", "a digit", "an upper-case letter");
    assertThat(identity.createUserQuery().userId("policy.breaker").count()).isZero();

    User user = identity.newUser("policy.keeper");
    user.setPassword("Keeper@2026x");
    identity.saveUser(user);
    try {
      ResponseEntity<String> changed = http.as("admin").exchange("/engine-rest/user/policy.keeper/credentials",
          HttpMethod.PUT, Http.json("{\"password\":\"policy.keeper@2026X\",\"authenticatedUserPassword\":\""
              + Http.DEMO_PASSWORD + "\"}"), String.class);
      assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(json.readTree(changed.getBody()).get("message").asText())
          .startsWith("password ").contains("user");
      assertThat(identity.checkPassword("policy.keeper", "Keeper@2026x")).isTrue();
    } finally {
      identity.deleteUser("policy.keeper");
    }
  }

  private void assertRejected(String body, String field, String reason) throws Exception {
    long instancesBefore = history.createHistoricProcessInstanceQuery().count();
    Integer rowsBefore = jdbc.queryForObject("select count(*) from application_register", Integer.class);

    ResponseEntity<String> response = http.post("applicant.rj-udr", "/api/registrations", body);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(response)).singleElement().satisfies(e -> assertThat(e)
        .startsWith(field + ": ").contains(reason));
    assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(instancesBefore);
    assertThat(jdbc.queryForObject("select count(*) from application_register", Integer.class))
        .isEqualTo(rowsBefore);
  }

  private List<String> errors(ResponseEntity<String> response) throws Exception {
    List<String> errors = new ArrayList<>();
    for (JsonNode error : json.readTree(response.getBody()).get("errors")) {
      errors.add(error.get("field").asText() + ": " + error.get("reason").asText());
    }
    return errors;
  }
}
