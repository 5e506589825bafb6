package org.sahakarflow.registration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.sahakarflow.CaseDriver;
import org.sahakarflow.Cases;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.TestUsers;
import org.sahakarflow.identity.Groups;
import org.sahakarflow.system.EngineClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

@SahakarTest
class RegistrationApiTest {

  @Autowired
  Http http;
  @Autowired
  HistoryService history;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  IdentityService identity;
  @Autowired
  ProcessEngine engine;
  final ObjectMapper json = new ObjectMapper();

  @Test
  void validApplicationIsAcknowledgedWithANumberAndRegistered() throws Exception {
    ResponseEntity<String> response = http.post("applicant.od-kho", "/api/registrations",
        Cases.mpacsApplication("OD", "OD-KHO"));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode body = json.readTree(response.getBody());
    String number = body.get("applicationNumber").asText();
    assertThat(number).matches("OD-KHO-MPACS-\\d{4}-\\d{6}");
    assertThat(response.getHeaders().getLocation()).hasToString("/api/registrations/" + number);
    assertThat(jdbc.queryForObject("select applicant_id from application_register where application_number = ?",
        String.class, number)).isEqualTo("applicant.od-kho");
  }

  @Test
  void aKeralaDairySocietyFilesInOneOfItsFourteenDistricts() throws Exception {
    String applicant = TestUsers.ensure(identity, "applicant.kl-ern", Groups.APPLICANTS, "KL");
    Map<String, Object> dairy = Cases.mpacsApplication("KL", "KL-ERN");
    dairy.put("societyType", "DAIRY");
    dairy.put("promoters", Cases.promoters(25, 7101));

    ResponseEntity<String> response = http.post(applicant, "/api/registrations", dairy);

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(json.readTree(response.getBody()).get("applicationNumber").asText()).matches("KL-ERN-DAIRY-\\d{4}-\\d{6}");
    dairy.put("promoters", Cases.promoters(24, 7102));
    dairy.put("societyName", dairy.get("societyName") + " Two");
    assertThat(http.post(applicant, "/api/registrations", dairy).getBody())
        .as("Kerala's dairy rule in registration-eligibility.dmn").contains("at least 25");
  }

  @Test
  void delhisRegistrarRecordsTheGovernmentsExtensionOnceAndNoOtherStateSeesTheCase() throws Exception {
    String registrar = TestUsers.ensure(identity, "registrar.dl", Groups.rcsState("DL"), "DL");
    CaseDriver cases = new CaseDriver(engine);
    String key = cases.apply("mpacs-registration", "applicant.dl-ndl", CaseDriver.application("DL", "DL-NDL", 25))
        .getBusinessKey();
    cases.runAsyncSteps(key);
    String path = "/api/registrations/" + key + "/statutory-extension";
    Map<String, Object> order = Map.of("approvalReference", "F.47/2026/Coop/88",
        "approvedOn", EngineClock.today().toString());

    ResponseEntity<String> elsewhere = http.post("registrar.rj", path, order);
    assertThat(elsewhere.getStatusCode()).as(elsewhere.getBody()).isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<String> undated = http.post(registrar, path, Map.of("approvalReference", "F.47/2026/Coop/88"));
    assertThat(undated.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(undated.getBody()).contains("approvedOn");

    ResponseEntity<String> extended = http.post(registrar, path, order);
    assertThat(extended.getStatusCode()).as(extended.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode body = json.readTree(extended.getBody());
    assertThat(LocalDate.parse(body.get("lastDay").asText()))
        .isEqualTo(LocalDate.parse(body.get("previousLastDay").asText()).plusDays(90));
    assertThat(http.post(registrar, path, order).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void missingFieldsAreEachNamed() throws Exception {
    Map<String, Object> application = Cases.mpacsApplication("RJ", "RJ-UDR");
    application.remove("societyName");
    application.remove("chiefPromoterEmail");
    application.put("block", " ");
    assertRejected(application, "societyName", "chiefPromoterEmail", "block");
  }

  @Test
  void negativeCapitalOversizedStringsAndMarkupAreRejected() throws Exception {
    Map<String, Object> application = Cases.mpacsApplication("RJ", "RJ-UDR");
    application.put("shareCapitalSubscribed", -5);
    application.put("areaOfOperation", "x".repeat(501));
    application.put("societyName", "<script>alert(1)</script> PACS");
    application.put("chiefPromoterMobile", "12345");
    assertRejected(application, "shareCapitalSubscribed", "areaOfOperation", "societyName",
        "chiefPromoterMobile");
  }

  @Test
  void textTheCertificateCannotPrintIsRejected() throws Exception {
    Map<String, Object> application = Cases.mpacsApplication("RJ", "RJ-UDR");
    application.put("societyName", "கூட்டுறவு சங்கம்");
    application.put("areaOfOperation", "Kheda and Bhuwana \uD83C\uDF3E");
    assertRejected(application, "societyName", "areaOfOperation");
    String reason = json.readTree(http.post("applicant.rj-udr", "/api/registrations", application).getBody())
        .get("errors").get(0).get("reason").asText();
    assertThat(reason).contains("English (Latin) and Devanagari letters only");

    Map<String, Object> hindi = Cases.mpacsApplication("RJ", "RJ-UDR");
    hindi.put("societyName", "खेड़ा बहुउद्देशीय सहकारी समिति मर्यादित");
    hindi.put("areaOfOperation", "ग्राम खेड़ा और भुवाणा, गिर्वा");
    assertThat(http.post("applicant.rj-udr", "/api/registrations", hindi).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);

    Map<String, Object> accented = Cases.mpacsApplication("RJ", "RJ-UDR");
    accented.put("societyName", "Kheda Bahuuddeshiya Sahakari Samiti – Girwa");
    assertThat(http.post("applicant.rj-udr", "/api/registrations", accented).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void unknownDistrictIsRejected() throws Exception {
    assertRejected(Cases.mpacsApplication("RJ", "RJ-XYZ"), "districtCode");
  }

  @Test
  void twoPromotersOfOneHouseholdCountOnceTowardsTheMinimum() throws Exception {
    // Rajasthan asks for 15 promoters from different families
    Map<String, Object> sixteenOfFifteenFamilies = Cases.mpacsApplication("RJ", "RJ-UDR");
    List<Map<String, Object>> promoters = Cases.promoters(16, 999_005);
    promoters.get(15).put("householdId", promoters.get(0).get("householdId").toString().toLowerCase());
    sixteenOfFifteenFamilies.put("promoters", promoters);
    assertThat(http.post("applicant.rj-udr", "/api/registrations", sixteenOfFifteenFamilies).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);

    Map<String, Object> fifteenOfFourteenFamilies = Cases.mpacsApplication("RJ", "RJ-UDR");
    promoters = Cases.promoters(15, 999_006);
    promoters.get(14).put("householdId", promoters.get(0).get("householdId"));
    fifteenOfFourteenFamilies.put("promoters", promoters);
    assertThat(http.post("applicant.rj-udr", "/api/registrations", fifteenOfFourteenFamilies).getBody())
        .contains("14 promoters from different families; at least 15 are required in RJ");
  }

  @Test
  void fewerPromotersThanTheStatesMinimumAreRejected() throws Exception {
    Map<String, Object> application = Cases.mpacsApplication("RJ", "RJ-UDR");
    application.put("promoters", Cases.promoters(3, 999_002));
    assertRejected(application, "promoters");
    Map<String, Object> tenInRajasthan = Cases.mpacsApplication("RJ", "RJ-UDR");
    tenInRajasthan.put("promoters", Cases.promoters(10, 999_003));
    assertRejected(tenInRajasthan, "promoters");
    Map<String, Object> tenInAndhra = Cases.mpacsApplication("AP", "AP-TPT");
    tenInAndhra.put("promoters", Cases.promoters(10, 999_004));
    assertThat(http.post("applicant.ap-tpt", "/api/registrations", tenInAndhra).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void districtOfAnotherStateIsRejected() throws Exception {
    assertRejected(Cases.mpacsApplication("RJ", "AP-TPT"), "districtCode");
  }

  @Test
  void wrongTypesAndUnreadableBodiesAreNamed() throws Exception {
    Map<String, Object> application = Cases.mpacsApplication("RJ", "RJ-UDR");
    application.put("shareCapitalPaid", "lots");
    assertRejected(application, "shareCapitalPaid");
    ResponseEntity<String> garbage = http.post("applicant.rj-udr", "/api/registrations", "{not json");
    assertThat(garbage.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(garbage.getBody()).contains("\"field\":\"body\"").doesNotContain("at org.");
  }

  @Test
  void aMinistryUserCannotApply() {
    assertThat(http.post("ministry", "/api/registrations", Cases.mpacsApplication("RJ", "RJ-UDR"))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  private void assertRejected(Map<String, Object> application, String... fields) throws Exception {
    long instancesBefore = history.createHistoricProcessInstanceQuery().count();
    Integer rowsBefore = jdbc.queryForObject("select count(*) from application_register", Integer.class);

    ResponseEntity<String> response = http.post("applicant.rj-udr", "/api/registrations", application);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode body = json.readTree(response.getBody());
    List<String> named = new ArrayList<>();
    body.get("errors").forEach(e -> {
      named.add(e.get("field").asText());
      assertThat(e.get("reason").asText()).isNotBlank();
    });
    assertThat(named).containsExactlyInAnyOrder(fields);
    assertThat(response.getBody()).doesNotContain("Exception");
    assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(instancesBefore);
    assertThat(jdbc.queryForObject("select count(*) from application_register", Integer.class))
        .isEqualTo(rowsBefore);
  }
}
