package org.sahakarflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahakarflow.CaseDriver;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.StepIds;
import org.sahakarflow.TestUsers;
import org.sahakarflow.identity.Groups;
import org.sahakarflow.identity.Places;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An administrator adds a district, replaces a rule table or a year's formation targets without a
 * release: a bad file is named row by row and changes nothing; a good one is a version on record
 * and counts for cases filed afterwards, while a case already running keeps what it started with.
 */
@SahakarTest
class ReferenceUploadsTest {

  static final String DISTRICTS = "code,state,name,lgdCode,hindiName\n";
  static final String SLA_POLICY = "sla-policy.dmn";

  @Autowired
  Http http;
  @Autowired
  Places places;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  ProcessEngine engine;
  @Autowired
  RepositoryService repository;
  @Autowired
  ModelDeployer models;
  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void noUploadsYet() {
    jdbc.update("delete from reference_upload");
  }

  @AfterEach
  void forgetThem() {
    jdbc.update("delete from reference_upload");
  }

  @Test
  void badDistrictRowsAreNamedByLineAndColumnAndNothingIsApplied() throws Exception {
    ResponseEntity<String> response = upload("districts", "text/csv", DISTRICTS
        + "KL-WAY,KL,Wayanad,,\n"
        + "KL-ABC,ZZ,Nowhere,,\n"
        + "kl-x,KL,Lower case,,\n"
        + "RJ-UDR,KL,Udaipur moved,,\n"
        + "KL-QQQ,KL,,,\n"
        + "KL-QQR,KL,Second Kerala,-4,\n"
        + "KL-QQS,KL,Third Kerala,abc,\n"
        + "KL-QQT,KL,Fourth <b>,,\n"
        + "KL-QQU,KL,Fifth,,\n"
        + "KL-QQU,KL,Fifth again,,\n");

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(response)).containsExactly(
        "line 3: state: ZZ is not a State or Union Territory on record",
        "line 3: code: 'KL-ABC' is not the State's code, '-' and three capital letters (ZZ-ABC)",
        "line 4: code: 'kl-x' is not the State's code, '-' and three capital letters (KL-ABC)",
        "line 5: code: 'RJ-UDR' is not the State's code, '-' and three capital letters (KL-ABC)",
        "line 5: code: RJ-UDR is a district of RJ on record; a district never moves, give the new one a new code",
        "line 6: name: a name of 1 to 80 characters without < or > is needed",
        "line 7: lgdCode: '-4' is not an LGD code (a positive number)",
        "line 8: lgdCode: 'abc' is not an LGD code (a positive number)",
        "line 9: name: a name of 1 to 80 characters without < or > is needed",
        "line 11: code: KL-QQU is on line 10 too");
    assertThat(places.district("KL-QQU")).as("not even the good rows are taken").isEmpty();
    assertThat(jdbc.queryForObject("select count(*) from reference_upload", Integer.class)).isZero();
    assertThat(upload("districts", "text/csv", "code,state,name\nKL-QQU,KL,Fifth\n").getBody())
        .contains("the header is code,state,name,lgdCode,hindiName");
  }

  @Test
  void aNewDistrictIsOfferedItsGroupsExistAndItsCasesReachItsOfficers() throws Exception {
    String kerala = DISTRICTS + "KL-NWD,KL,Newdistrict,987654,न्यूडिस्ट्रिक्ट\n";

    ResponseEntity<String> response = upload("districts", "text/csv", kerala);

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(response.getBody()).get("summary").asText()).isEqualTo("added [KL-NWD], corrected []");
    assertThat(places.isDistrictOf("KL-NWD", "KL")).isTrue();
    assertThat(latestModel("forms/registration-application.form")).as("new applications are offered it")
        .contains("\"value\" : \"KL-NWD\"");
    for (String group : List.of(Groups.rcsDistrict("KL-NWD"), Groups.inspector("KL-NWD"), Groups.dccb("KL-NWD"))) {
      assertThat(engine.getIdentityService().createGroupQuery().groupId(group).count()).as(group).isEqualTo(1);
    }

    TestUsers.ensure(engine.getIdentityService(), "registrar.kl-nwd", Groups.rcsDistrict("KL-NWD"), "KL");
    String key = new CaseDriver(engine).mpacsAtScrutiny("KL", "KL-NWD", "applicant.kl-nwd");
    Task scrutiny = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(key)
        .taskDefinitionKey(StepIds.TASK_SCRUTINISE_APPLICATION).taskCandidateUser("registrar.kl-nwd").singleResult();
    assertThat(scrutiny).as("the new district's officer has the case").isNotNull();

    JsonNode version = json.readTree(http.as("admin").getForEntity("/api/reference/districts/versions", String.class)
        .getBody()).get(0);
    assertThat(version.get("version").asInt()).isEqualTo(1);
    assertThat(version.get("uploadedBy").asText()).isEqualTo("admin");
    assertThat(new Places(new ReferenceUploadLog(jdbc)).district("KL-NWD")).as("a restarted node has it too")
        .hasValueSatisfying(d -> assertThat(d.lgdCode()).isEqualTo(987654));

    assertThat(json.readTree(upload("districts", "text/csv", DISTRICTS + "KL-NWD,KL,Newdistrict,987654,नया जिला\n")
        .getBody()).get("summary").asText()).isEqualTo("added [], corrected [KL-NWD]");
    assertThat(places.district("KL-NWD")).hasValueSatisfying(d -> assertThat(d.hindiName()).isEqualTo("नया जिला"));
  }

  @Test
  void aRuleTableWithBadCellsOrAMissingAnswerIsRefusedWhole() throws Exception {
    String shipped = shipped(SLA_POLICY);

    assertThat(errors(upload(SLA_POLICY, "text/xml", "<definitions>not a table"))).singleElement().asString()
        .startsWith("file: not a DMN file");
    String badCells = shipped.replaceFirst("<text>\"P60D\"</text>", "<text>\"sixty days\"</text>")
        .replaceFirst("<text>\"ESCALATE\"</text>", "<text>\"FORGET\"</text>");
    List<String> problems = errors(upload(SLA_POLICY, "text/xml", badCells));
    assertThat(problems).anyMatch(p -> p.matches("rule \\S+: limit: \"sixty days\" is not a period such as .*"))
        .anyMatch(p -> p.matches("rule \\S+: atExpiry: \"FORGET\" is not one of \\[.*ESCALATE.*\\]"));
    String unknownState = shipped.replaceFirst("\"MP\"", "\"XX\"");
    assertThat(errors(upload(SLA_POLICY, "text/xml", unknownState)))
        .anyMatch(p -> p.endsWith("stateCode: XX is not a State or Union Territory on record"));
    String noColumn = shipped.replaceFirst("name=\"atExpiry\"", "name=\"whenOver\"");
    assertThat(errors(upload(SLA_POLICY, "text/xml", noColumn))).anyMatch(p -> p.contains("outputs must stay"));

    assertThat(jdbc.queryForObject("select count(*) from reference_upload", Integer.class)).isZero();
    assertThat(latestModel("bpmn/" + SLA_POLICY)).isEqualTo(shipped);
  }

  @Test
  void anAmendedRuleTableCountsForCasesFiledAfterItAndRunningCasesKeepTheirs() throws Exception {
    String shipped = shipped(SLA_POLICY);
    // the scrutiny row for States without their own: 7 working days, 11 in the upload
    String longerScrutiny = shipped.replaceFirst(
        "(<text>\"Task_ScrutiniseApplication\"</text>\\s*</inputEntry>\\s*<outputEntry[^>]*>\\s*<text>)7(</text>)",
        "$111$2");
    assertThat(longerScrutiny).isNotEqualTo(shipped);
    ClockUtil.setCurrentTime(India.startOf(LocalDate.of(2026, 3, 2)));
    try {
      CaseDriver cases = new CaseDriver(engine);
      String before = cases.mpacsAtScrutiny("RJ", "RJ-UDR", "applicant.rj-udr");

      ResponseEntity<String> response = upload(SLA_POLICY, "text/xml", longerScrutiny);
      assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
      String after = cases.mpacsAtScrutiny("RJ", "RJ-UDR", "applicant.rj-udr");

      // from Monday 2 March 2026, Holi (4th) and the second Saturday and Sundays off in Rajasthan:
      // 7 working days end on Wednesday 11 March, 11 on Tuesday 17 March
      assertThat(dueDate(before)).as("filed before the upload").isEqualTo(LocalDate.of(2026, 3, 11));
      assertThat(dueDate(after)).as("filed after it").isEqualTo(LocalDate.of(2026, 3, 17));
    } finally {
      ClockUtil.reset();
      upload(SLA_POLICY, "text/xml", shipped);
    }
    assertThat(latestModel("bpmn/" + SLA_POLICY)).isEqualTo(shipped);
  }

  @Test
  void aYearsFormationTargetsReplaceThatStatesAndYearsOnly() throws Exception {
    ResponseEntity<String> bad = upload("formation-targets", "text/csv",
        "stateCode,districtCode,societyType,year,target\n"
            + "KL,KL-WAY,MPACS,2026,40\n"
            + "KL,RJ-UDR,DAIRY,2026,5\n"
            + "KL,KL-WAY,BAKERY,2026,5\n"
            + "KL,KL-WAY,MPACS,twenty,-1\n"
            + "KL,KL-WAY,MPACS,2026,41\n");
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(bad)).containsExactly(
        "line 3: districtCode: RJ-UDR is not a district of KL on record",
        "line 4: societyType: 'BAKERY' is not one of [MPACS, DAIRY, FISHERIES]",
        "line 5: year: 'twenty' is not a year such as 2027",
        "line 5: target: '-1' is not a number of societies (0 or more)",
        "line 6: districtCode: KL-WAY has a MPACS target for 2026 on line 2 too");

    ResponseEntity<String> good = upload("formation-targets", "text/csv",
        "stateCode,districtCode,societyType,year,target\nKL,KL-WAY,MPACS,2026,40\nKL,KL-WAY,DAIRY,2026,12\n");
    assertThat(good.getStatusCode()).as(good.getBody()).isEqualTo(HttpStatus.OK);

    JsonNode rows = json.readTree(http.as("ministry").getForEntity("/api/insight/formation?year=2026", String.class)
        .getBody());
    List<String> kerala = new ArrayList<>();
    int rajasthan = 0;
    for (JsonNode row : rows) {
      if (row.get("stateCode").asText().equals("KL")) {
        kerala.add(row.get("districtCode").asText() + " " + row.get("societyType").asText() + " "
            + row.get("target").asLong());
      }
      rajasthan += row.get("stateCode").asText().equals("RJ") ? 1 : 0;
    }
    assertThat(kerala).containsExactlyInAnyOrder("KL-WAY MPACS 40", "KL-WAY DAIRY 12");
    assertThat(rajasthan).as("the shipped targets of other States stay").isEqualTo(6);
  }

  @Test
  void onlyAnAdministratorUploadsAndAnUnknownDatasetIsNamed() {
    assertThat(upload("registrar.rj", "districts", "text/csv", DISTRICTS + "KL-NWE,KL,Other,,\n").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(places.district("KL-NWE")).isEmpty();
    ResponseEntity<String> unknown = upload("taluks", "text/csv", "a\nb\n");
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getBody()).contains("districts", "formation-targets", "holidays", "sla-policy.dmn");
  }

  private LocalDate dueDate(String key) {
    Task scrutiny = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(key)
        .taskDefinitionKey(StepIds.TASK_SCRUTINISE_APPLICATION).singleResult();
    return scrutiny.getDueDate().toInstant().atZone(India.ZONE).toLocalDate();
  }

  private String latestModel(String name) throws IOException {
    Deployment latest = repository.createDeploymentQuery().deploymentName(ModelDeployer.DEPLOYMENT_NAME)
        .orderByDeploymentTime().desc().listPage(0, 1).get(0);
    try (InputStream in = repository.getResourceAsStream(latest.getId(), name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String shipped(String name) throws IOException {
    try (InputStream in = new ClassPathResource("bpmn/" + name).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private ResponseEntity<String> upload(String dataset, String type, String content) {
    return upload("admin", dataset, type, content);
  }

  private ResponseEntity<String> upload(String user, String dataset, String type, String content) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.valueOf(type));
    return http.as(user).exchange("/api/reference/" + dataset, HttpMethod.POST,
        new HttpEntity<>(content.getBytes(StandardCharsets.UTF_8), headers), String.class);
  }

  private List<String> errors(ResponseEntity<String> response) throws Exception {
    List<String> errors = new ArrayList<>();
    for (JsonNode error : json.readTree(response.getBody()).get("errors")) {
      errors.add(error.get("field").asText() + ": " + error.get("reason").asText());
    }
    return errors;
  }
}
