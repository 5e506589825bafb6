package org.sahakarflow.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sahakarflow.registration.SocietyRegisterTestModel.OFFICER;
import static org.sahakarflow.registration.SocietyRegisterTestModel.OFFICER_NAME;
import static org.sahakarflow.registration.SocietyRegisterTestModel.PROCESS;
import static org.sahakarflow.registration.SocietyRegisterTestModel.decidedInUdaipur;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahakarflow.Http;
import org.sahakarflow.Pdfs;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.system.EngineClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

@SahakarTest
class SocietyRegisterProcessTest {

  @Autowired
  RepositoryService repository;
  @Autowired
  RuntimeService runtime;
  @Autowired
  HistoryService history;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  Http http;
  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void deploy() {
    SocietyRegisterTestModel.deploy(repository);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void registeredSocietyGetsANumberARegisterEntryAndACertificateKeptWithTheCase() throws IOException {
    Map<String, Object> decided = decidedInUdaipur();
    ProcessInstanceWithVariables instance = register(decided);
    VariableMap variables = instance.getVariables();

    String number = variables.getValue("registrationNumber", String.class);
    int year = SocietyRegisterTestModel.currentYear();
    assertThat(number).matches("RJ/UDR/MPACS/" + year + "/\\d{4}");
    String code = variables.getValue("verificationCode", String.class);
    assertThat(code).matches("[" + VerificationCodes.ALPHABET + "]{8}");
    Map<String, Object> row = jdbc.queryForMap("select * from society where registration_number = ?", number);
    assertThat(row).containsEntry("APPLICATION_NUMBER", decided.get("applicationNumber"))
        .containsEntry("NAME", decided.get("societyName")).containsEntry("SOCIETY_TYPE", "MPACS")
        .containsEntry("STATE_CODE", "RJ").containsEntry("DISTRICT_CODE", "RJ-UDR")
        .containsEntry("REGISTERED_BY", OFFICER).containsEntry("DEEMED", false)
        .containsEntry("VERIFICATION_CODE", code);
    assertThat(row.get("REGISTERED_ON")).hasToString(variables.getValue("registrationDate", String.class));

    String url = "http://localhost:8080/verify/" + number + "?code=" + code;
    assertThat(variables.getValue("certificateUrl", String.class)).isEqualTo(url);
    String text = certificateText(instance.getId(), number);
    assertThat(text).contains("Certificate of Registration",
        "registered under the Rajasthan Co-operative Societies Act, 2001",
        (String) decided.get("societyName"), "Registration number: " + number,
        "Registering officer: " + OFFICER_NAME,
        "Designation: Assistant Registrar of Co-operative Societies, Udaipur", "Verify at " + url);
    byte[] pdf = certificate(instance.getId());
    assertThat(Pdfs.qrCode(pdf)).isEqualTo(url);
    Pdfs.Signature signature = Pdfs.signature(pdf);
    assertThat(signature.intact()).isTrue();
    assertThat(signature.wholeFile()).isTrue();
    assertThat(signature.subFilter()).isEqualTo("ETSI.CAdES.detached");
    assertThat(signature.reason()).contains(number);
    assertThat(signature.location()).isEqualTo("Udaipur, Rajasthan");
  }

  @Test
  void aBrowserThatScannedTheCodeIsToldValidOrNotValidInEnglishAndHindi() throws IOException {
    Map<String, Object> decided = decidedInUdaipur();
    VariableMap variables = register(decided).getVariables();
    String number = variables.getValue("registrationNumber", String.class);
    String code = variables.getValue("verificationCode", String.class);
    String wrong = forged(code);

    ResponseEntity<String> right = page(number + "?code=" + code);
    assertThat(right.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(right.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    assertThat(right.getBody()).contains("VALID / मान्य", (String) decided.get("societyName"),
        "Udaipur, Rajasthan").doesNotContain("NOT VALID", OFFICER, "9876543210");

    ResponseEntity<String> forged = page(number + "?code=" + wrong);
    assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(forged.getBody()).contains("NOT VALID / अमान्य", "does not match");

    ResponseEntity<String> unknown = page("RJ/UDR/MPACS/1999/9999?code=" + code);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getBody()).contains("NOT VALID / अमान्य", "No society is registered under this number")
        .doesNotContain((String) decided.get("societyName"));

    assertThat(page(number).getBody()).contains("ENTER THE CODE", "name=\"code\"").doesNotContain("VALID /");
    // escaped, never markup: the number is the caller's
    assertThat(page("RJ/<b>x</b>?code=x").getBody()).doesNotContain("<b>x</b>").contains("&lt;b&gt;");
  }

  @Test
  void anyoneCanVerifyARegistrationAndSeesNothingPersonal() throws IOException {
    Map<String, Object> decided = decidedInUdaipur();
    VariableMap variables = register(decided).getVariables();
    String number = variables.getValue("registrationNumber", String.class);
    String code = variables.getValue("verificationCode", String.class);

    ResponseEntity<String> response = http.anonymous().getForEntity("/verify/" + number, String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode body = json.readTree(response.getBody());
    assertThat(body.fieldNames()).toIterable().containsExactlyInAnyOrder("registrationNumber",
        "registered", "name", "type", "district", "state", "registeredOn", "deemed");
    assertThat(body.get("registrationNumber").asText()).isEqualTo(number);
    assertThat(body.get("registered").asBoolean()).isTrue();
    assertThat(body.get("name").asText()).isEqualTo(decided.get("societyName"));
    assertThat(body.get("type").asText()).isEqualTo("MPACS");
    assertThat(body.get("district").asText()).isEqualTo("Udaipur");
    assertThat(body.get("state").asText()).isEqualTo("Rajasthan");
    assertThat(body.get("registeredOn").asText()).isEqualTo(variables.getValue("registrationDate", String.class));
    assertThat(body.get("deemed").asBoolean()).isFalse();
    assertThat(response.getBody()).doesNotContain(OFFICER, OFFICER_NAME, "applicant.rj-udr",
        "promoter@example.in", "9876543210", (String) decided.get("applicationNumber"), code);

    assertThat(verify(number + "?code=" + code).get("codeMatches").asBoolean()).isTrue();
    assertThat(verify(number + "?code=" + code.toLowerCase()).get("codeMatches").asBoolean()).isTrue();
    String wrong = forged(code);
    assertThat(verify(number + "?code=" + wrong).get("codeMatches").asBoolean()).isFalse();
  }

  @Test
  void anUnknownNumberIsNotFound() {
    ResponseEntity<String> response = http.anonymous()
        .getForEntity("/verify/RJ/UDR/MPACS/1999/9999?code=ABCDEFGH", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(response.getBody()).contains("\"status\":404");
  }

  @Test
  void deemedRegistrationNamesNoOfficer() throws IOException {
    Map<String, Object> decided = decidedInUdaipur();
    decided.put("decidedBy", null);
    decided.put("deemed", true);
    // the Act's limit ended some days before the engine got to the case
    decided.put("deemedRegistrationOn", EngineClock.today().minusDays(3).toString());
    ProcessInstanceWithVariables instance = register(decided);
    String number = instance.getVariables().getValue("registrationNumber", String.class);

    assertThat(jdbc.queryForMap("select registered_by, deemed from society where registration_number = ?", number))
        .containsEntry("REGISTERED_BY", null).containsEntry("DEEMED", true);
    assertThat(instance.getVariables().getValue("registrationDate", String.class))
        .isEqualTo(EngineClock.today().minusDays(3).toString());
    assertThat(certificateText(instance.getId(), number))
        .contains("Registering officer: " + CertificateRenderer.DEEMED).doesNotContain(OFFICER_NAME);
    assertThat(verify(number).get("deemed").asBoolean()).isTrue();
  }

  @Test
  void theRegistrationDateAndYearAreIndias() {
    // 20:00 on 31 December in London is already 1:30 on New Year's Day in Udaipur
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2030-12-31T20:00:00Z")));

    VariableMap variables = register(decidedInUdaipur()).getVariables();

    assertThat(variables.getValue("registrationDate", String.class)).isEqualTo("2031-01-01");
    assertThat(variables.getValue("registrationNumber", String.class)).matches("RJ/UDR/MPACS/2031/\\d{4}");
  }

  private ProcessInstanceWithVariables register(Map<String, Object> decided) {
    ProcessInstanceWithVariables instance = runtime.createProcessInstanceByKey(PROCESS)
        .setVariables(decided).executeWithVariablesInReturn();
    assertThat(instance.isEnded()).isTrue();
    return instance;
  }

  private JsonNode verify(String numberAndQuery) throws IOException {
    ResponseEntity<String> response = http.anonymous().getForEntity("/verify/" + numberAndQuery, String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return json.readTree(response.getBody());
  }

  /** The right code with its first letter changed, as on a forged paper. */
  private static String forged(String code) {
    return (code.charAt(0) == 'A' ? "B" : "A") + code.substring(1);
  }

  private ResponseEntity<String> page(String numberAndQuery) {
    HttpHeaders headers = new HttpHeaders();
    // what a phone's browser sends after scanning the QR code
    headers.set(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
    return http.anonymous().exchange("/verify/" + numberAndQuery, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  private byte[] certificate(String processInstanceId) throws IOException {
    FileValue certificate = (FileValue) history.createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId).variableName("certificate").singleResult().getTypedValue();
    try (InputStream pdf = certificate.getValue()) {
      return pdf.readAllBytes();
    }
  }

  /** The certificate as history keeps it (the case has ended), read back as text. */
  private String certificateText(String processInstanceId, String number) throws IOException {
    FileValue certificate = (FileValue) history.createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId).variableName("certificate").singleResult().getTypedValue();
    assertThat(certificate.getFilename()).isEqualTo("certificate-" + number.replace('/', '-') + ".pdf");
    assertThat(certificate.getMimeType()).isEqualTo("application/pdf");
    try (InputStream pdf = certificate.getValue(); PDDocument document = Loader.loadPDF(pdf.readAllBytes())) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }
}
