package org.sahakarflow.registration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.sahakarflow.Cases;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.TestUsers;
import org.sahakarflow.identity.Groups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The registration fee of the State (reference/registration-fees.csv) and the proof of the share
 * capital's deposit (reference/deposit-proof.csv), as {@code POST /api/registrations} and the
 * Tasklist start form hold an application to them, and as the case record shows them.
 */
@SahakarTest
class FeeAndDepositApiTest {

  @Autowired
  Http http;
  @Autowired
  HistoryService history;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  IdentityService identity;
  final ObjectMapper json = new ObjectMapper();

  @Test
  void uttarPradeshRefusesFortyNineRupeesAndTakesFifty() throws Exception {
    Map<String, Object> application = Cases.mpacsApplication("UP", "UP-LKO");
    application.put("registrationFeePaid", 49);
    JsonNode refused = assertRefused("applicant.up-lko", application, "registrationFeePaid");
    assertThat(reason(refused, "registrationFeePaid"))
        .isEqualTo("Rs 49 paid; the registration fee due in UP is Rs 50 (Rs 50)");

    application.put("registrationFeePaid", 50);
    ResponseEntity<String> taken = http.post("applicant.up-lko", "/api/registrations", application);
    assertThat(taken.getStatusCode()).as(taken.getBody()).isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void aFeeDueNeedsTheAmountAndItsChallanNumber() throws Exception {
    Map<String, Object> application = Cases.mpacsApplication("UP", "UP-LKO");
    application.remove("registrationFeePaid");
    application.remove("feePaymentReference");
    JsonNode refused = assertRefused("applicant.up-lko", application, "registrationFeePaid", "feePaymentReference");
    assertThat(reason(refused, "registrationFeePaid")).contains("a registration fee of Rs 50 is due in UP");
  }

  @Test
  void assamReckonsOnePerCentOfTheAuthorisedCapitalRoundedUp() throws Exception {
    String applicant = applicantOf("AS", "applicant.as-kam");
    Map<String, Object> application = Cases.mpacsApplication("AS", "AS-KAM");
    application.put("authorisedShareCapital", 5_000_001);
    application.put("registrationFeePaid", 50_000);
    assertThat(reason(assertRefused(applicant, application, "registrationFeePaid"), "registrationFeePaid"))
        .contains("Rs 50000 paid; the registration fee due in AS is Rs 50001");

    application.put("registrationFeePaid", 50_001);
    assertThat(http.post(applicant, "/api/registrations", application).getStatusCode()).isEqualTo(HttpStatus.CREATED);

    Map<String, Object> noCapital = Cases.mpacsApplication("AS", "AS-KAM");
    noCapital.remove("authorisedShareCapital");
    assertThat(reason(assertRefused(applicant, noCapital, "authorisedShareCapital"), "authorisedShareCapital"))
        .isEqualTo("is required in AS: the registration fee is 1% of the authorised share capital, rounded up to the rupee");
  }

  @Test
  void anAuthorisedCapitalBelowTheCapitalSubscribedIsRefused() throws Exception {
    Map<String, Object> application = Cases.mpacsApplication("RJ", "RJ-UDR");
    application.put("shareCapitalSubscribed", 150_000);
    application.put("authorisedShareCapital", 149_999);
    assertRefused("applicant.rj-udr", application, "authorisedShareCapital");
    application.put("authorisedShareCapital", 150_000);
    assertThat(http.post("applicant.rj-udr", "/api/registrations", application).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void anMpacsWithoutItsDepositProofIsRefusedNamingEachField() throws Exception {
    Map<String, Object> application = Cases.mpacsApplication("RJ", "RJ-UDR");
    application.remove("dccbAccountNumber");
    application.put("creditBalanceCertificateNumber", "");
    JsonNode refused = assertRefused("applicant.rj-udr", application, "dccbAccountNumber",
        "creditBalanceCertificateNumber");
    assertThat(reason(refused, "dccbAccountNumber"))
        .isEqualTo("is required for an M-PACS in RJ: proof that the share capital is deposited at the DCCB");
  }

  @Test
  void aDairySocietyNeedsNoDepositProofUnlessItsStateAsks() throws Exception {
    Map<String, Object> dairy = Cases.mpacsApplication("RJ", "RJ-UDR");
    dairy.put("societyType", "DAIRY");
    dairy.remove("dccbAccountNumber");
    dairy.remove("creditBalanceCertificateNumber");
    ResponseEntity<String> taken = http.post("applicant.rj-udr", "/api/registrations", dairy);
    assertThat(taken.getStatusCode()).as(taken.getBody()).isEqualTo(HttpStatus.CREATED);

    // Goa asks every society for the bank's certificate of the credit balance
    String goan = applicantOf("GA", "applicant.ga-nor");
    Map<String, Object> goaDairy = Cases.mpacsApplication("GA", "GA-NOR");
    goaDairy.put("societyType", "DAIRY");
    goaDairy.remove("dccbAccountNumber");
    goaDairy.remove("creditBalanceCertificateNumber");
    assertThat(reason(assertRefused(goan, goaDairy, "dccbAccountNumber", "creditBalanceCertificateNumber"),
        "creditBalanceCertificateNumber")).contains("for a dairy society in GA");
  }

  @Test
  void theStartFormRefusesAnMpacsWithoutDepositProofAsAFormError() throws Exception {
    long before = history.createHistoricProcessInstanceQuery().count();
    String body = "{\"variables\":{" + String.join(",", text("societyName", "Kheda Form PACS"),
        text("stateCode", "RJ"), text("districtCode", "RJ-UDR"), text("block", "Girwa"),
        text("gramPanchayat", "Kheda"), text("areaOfOperation", "Kheda village"),
        promoterRows(), number("shareCapitalSubscribed", 150000),
        number("shareCapitalPaid", 150000), "\"modelByeLawsAdopted\":{\"value\":true,\"type\":\"Boolean\"}",
        text("chiefPromoterEmail", "kheda.form@example.in"), text("chiefPromoterMobile", "9876543210")) + "}}";

    ResponseEntity<String> response = http.post("applicant.rj-udr",
        "/engine-rest/process-definition/key/mpacs-registration/submit-form", body);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("dccbAccountNumber is required for an M-PACS in RJ")
        .contains("creditBalanceCertificateNumber is required").doesNotContain("Exception:");
    assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  @SuppressWarnings("unchecked")
  void theCaseRecordShowsTheFeeDueItsPaymentAndItsSource() throws Exception {
    Map<String, Object> application = Cases.mpacsApplication("UP", "UP-LKO");
    application.put("registrationFeePaid", 50);
    application.put("feePaymentReference", "GRN/2026/00417");
    String number = json.readTree(http.post("applicant.up-lko", "/api/registrations", application).getBody())
        .get("applicationNumber").asText();

    Map<String, Object> filed = http.get("rcs.up-lko", "/api/registrations/" + number).getBody();
    assertThat(filed).containsEntry("depositProofRequired", true);
    assertThat((Map<String, Object>) filed.get("fee")).containsEntry("due", 50.0).containsEntry("paid", 50.0)
        .containsEntry("paymentReference", "GRN/2026/00417").containsEntry("authorisedShareCapital", 500000.0)
        .hasEntrySatisfying("basis", basis -> assertThat(basis.toString())
            .startsWith("Rs 50 (U.P. Co-operative Societies Act 1965"));
    String page = http.as("applicant.up-lko").getForObject("/api/registrations/" + number + "/view", String.class);
    assertThat(page).contains("<td>50.0, challan/receipt GRN/2026/00417</td>", "<td>required / आवश्यक</td>",
        "not yet reported / अभी प्राप्त नहीं");
  }

  private JsonNode assertRefused(String applicant, Map<String, Object> application, String... fields) throws Exception {
    long instancesBefore = history.createHistoricProcessInstanceQuery().count();
    Integer rowsBefore = jdbc.queryForObject("select count(*) from application_register", Integer.class);

    ResponseEntity<String> response = http.post(applicant, "/api/registrations", application);

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode body = json.readTree(response.getBody());
    List<String> named = new ArrayList<>();
    body.get("errors").forEach(e -> named.add(e.get("field").asText()));
    assertThat(named).containsExactlyInAnyOrder(fields);
    assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(instancesBefore);
    assertThat(jdbc.queryForObject("select count(*) from application_register", Integer.class)).isEqualTo(rowsBefore);
    return body;
  }

  private static String reason(JsonNode refusal, String field) {
    for (JsonNode error : refusal.get("errors")) {
      if (error.get("field").asText().equals(field)) {
        return error.get("reason").asText();
      }
    }
    throw new AssertionError("no error for " + field + " in " + refusal);
  }

  private String applicantOf(String state, String userId) {
    return TestUsers.ensure(identity, userId, Groups.APPLICANTS, state);
  }

  /** Fifteen promoter rows as the start form sends them: a JSON list, as text, in a {@code Json} variable. */
  private static String promoterRows() {
    StringBuilder rows = new StringBuilder("[");
    for (int i = 1; i <= 15; i++) {
      rows.append(i > 1 ? "," : "").append("{\"name\":\"Promoter ").append(i).append("\",\"householdId\":\"FORM-HH-")
          .append(i).append("\",\"village\":\"Kheda\",\"sharesSubscribed\":10}");
    }
    return "\"promoters\":" + com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
        .put("value", rows.append(']').toString()).put("type", "Json");
  }

  private static String text(String name, String value) {
    return "\"" + name + "\":{\"value\":\"" + value + "\",\"type\":\"String\"}";
  }

  private static String number(String name, long value) {
    return "\"" + name + "\":{\"value\":" + value + ",\"type\":\"Long\"}";
  }
}
