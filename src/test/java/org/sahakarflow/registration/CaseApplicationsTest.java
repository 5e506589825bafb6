package org.sahakarflow.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahakarflow.CaseDriver;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.StepIds;
import org.sahakarflow.WebappSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The registrar's officers read the whole application they scrutinise; nobody else reads it. */
@SahakarTest
class CaseApplicationsTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  Http http;
  @Value("${local.server.port}")
  int port;
  String key;

  @BeforeEach
  void applicationAtScrutiny() {
    key = new CaseDriver(engine).mpacsAtScrutiny("RJ", "RJ-UDR", "applicant.rj-udr");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theDistrictOfficerReadsTheApplicationAndItsDocuments() {
    ResponseEntity<Map> response = http.get("rcs.rj-udr", "/api/registrations/" + key);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Object> application = response.getBody();
    assertThat(application).containsEntry("applicationNumber", key).containsEntry("process", "mpacs-registration")
        .containsEntry("status", "ACTIVE").containsEntry("block", "Girwa").doesNotContainKey("panchayatServedBy")
        .containsEntry("areaOfOperation", "Kheda and Bhuwana villages").containsEntry("objects", "crop loans and inputs")
        .containsEntry("shareCapitalSubscribed", 200000.0).containsEntry("modelByeLawsAdopted", true);
    assertThat(application.get("gramPanchayat").toString()).startsWith("Kheda Khurd ");
    // the applicant and the officer see where the file waits: with the district's registering officer
    assertThat((List<Map<String, Object>>) application.get("waitingAt")).singleElement().satisfies(step ->
        assertThat(step).containsEntry("step", StepIds.TASK_SCRUTINISE_APPLICATION)
            .containsEntry("heldBy", "rcs-district:RJ-UDR").containsKeys("since", "due"));
    assertThat((List<Map<String, Object>>) application.get("promoters")).hasSize(25)
        .allSatisfy(promoter -> assertThat(promoter).containsKeys("name", "householdId", "village", "sharesSubscribed"));
    List<Map<String, Object>> documents = (List<Map<String, Object>>) application.get("documents");
    assertThat(documents).extracting(d -> d.get("name"))
        .containsExactly("byeLawsDocument", "promoterListDocument", "bankCertificateDocument");

    ResponseEntity<byte[]> byeLaws = http.as("inspector.rj-udr")
        .getForEntity((String) documents.get(0).get("href"), byte[].class);
    assertThat(byeLaws.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(new String(byeLaws.getBody(), StandardCharsets.UTF_8)).isEqualTo("%PDF-1.4 byeLawsDocument");
    assertThat(byeLaws.getHeaders().getContentDisposition().getFilename()).isEqualTo("byeLawsDocument.pdf");
  }

  @Test
  void thePageEscapesWhatTheApplicantTyped() {
    ResponseEntity<String> page = http.as("rcs.rj-udr").getForEntity("/api/registrations/" + key + "/view", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getHeaders().getContentType().toString()).startsWith("text/html");
    assertThat(page.getBody()).contains("Kheda and Bhuwana villages", "Promoters / प्रवर्तक (25)",
        "Scrutinise application — rcs-district:RJ-UDR, since",
        "/api/registrations/" + key + "/documents/promoterListDocument");
    assertThat(page.getBody().split("<tr><td>", -1)).hasSize(26);
  }

  @Test
  void anOfficerSignedInToTasklistOpensTheLinkWithoutSigningInAgain() throws Exception {
    WebappSession officer = new WebappSession(port);
    assertThat(officer.login("rcs.rj-udr", "tasklist")).isEqualTo(200);
    HttpResponse<String> page = officer.send(HttpRequest.newBuilder(
        officer.uri("/api/registrations/" + key + "/view")).GET().build());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Kheda and Bhuwana villages");
    assertThat(page.headers().allValues("Set-Cookie")).as("the webapp's session, untouched").isEmpty();

    // the session reads as that officer, nothing more
    WebappSession elsewhere = new WebappSession(port);
    assertThat(elsewhere.login("rcs.ap-tpt", "tasklist")).isEqualTo(200);
    assertThat(elsewhere.send(HttpRequest.newBuilder(elsewhere.uri("/api/registrations/" + key)).GET().build())
        .statusCode()).isEqualTo(404);
    // and a session never changes anything: that still needs the user's credentials
    HttpResponse<String> post = officer.send(HttpRequest.newBuilder(officer.uri("/api/registrations"))
        .header("Content-Type", "application/json").header("X-XSRF-TOKEN", officer.token())
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
    assertThat(post.statusCode()).isEqualTo(401);
  }

  @Test
  void anotherDistrictAnotherApplicantAndAnUnknownDocumentFindNothing() {
    for (String user : List.of("rcs.ap-tpt", "applicant.ap-tpt", "registrar.ap", "dccb.rj-udr")) {
      assertThat(http.as(user).getForEntity("/api/registrations/" + key, String.class).getStatusCode())
          .as(user).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(http.as(user).getForEntity("/api/registrations/" + key + "/documents/byeLawsDocument", String.class)
          .getStatusCode()).as(user).isEqualTo(HttpStatus.NOT_FOUND);
    }
    assertThat(http.get("applicant.rj-udr", "/api/registrations/" + key).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(http.as("rcs.rj-udr").getForEntity("/api/registrations/" + key + "/documents/certificate", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(http.anonymous().getForEntity("/api/registrations/" + key, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }
}
