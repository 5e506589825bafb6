package org.sahakarflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahakarflow.CaseDriver;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.StepIds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Uploaded documents are judged by their content, stored under the app's name and served as
 * downloads of the type the content shows. Uploaded the way Tasklist does, through engine REST.
 */
@SahakarTest
class UploadTest {

  static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
  static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
  static final byte[] HTML = "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8);
  static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF};

  @Autowired
  ProcessEngine engine;
  @Autowired
  Http http;
  final ObjectMapper json = new ObjectMapper();
  CaseDriver cases;
  String key;

  @BeforeEach
  void caseWaitingForItsDocuments() {
    cases = new CaseDriver(engine);
    key = cases.apply("mpacs-registration", "applicant.rj-udr", CaseDriver.application("RJ", "RJ-UDR", 15))
        .getBusinessKey();
    cases.runAsyncSteps(key);
  }

  @Test
  void markupOrAProgramSentAsAPdfIsRefusedNamingTheFieldAndNothingIsKept() throws Exception {
    for (byte[] disguised : List.of(HTML, EXE)) {
      ResponseEntity<String> response = submit(Map.of(
          "byeLawsDocument", file(disguised, "../../etc/passwd", "application/pdf"),
          "promoterListDocument", file(PDF, "promoters.pdf", "application/pdf"),
          "bankCertificateDocument", file(PDF, "bank.pdf", "application/pdf")));

      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(json.readTree(response.getBody()).get("message").asText())
          .contains("byeLawsDocument").contains("must be a PDF, JPEG or PNG file");
      assertThat(json.readTree(response.getBody()).at("/errors/0/field").asText()).isEqualTo("byeLawsDocument");
      assertThat(engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(
          cases.instances(key).get(0).getId()).variableName("byeLawsDocument").count()).isZero();
      cases.task(key, StepIds.TASK_UPLOAD_DOCUMENTS);
    }
  }

  @Test
  void acceptedFilesAreKeptUnderTheAppsNameAndServedAsTheirContentShows() throws Exception {
    ResponseEntity<String> response = submit(Map.of(
        "byeLawsDocument", file(PDF, "../../etc/passwd", "text/html"),
        "promoterListDocument", file(PNG, "promoters.pdf", "application/pdf"),
        "bankCertificateDocument", file(JPEG, "..\\bank.exe", "application/x-msdownload")));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    FileValue stored = (FileValue) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceIdIn(cases.historicIds(key)).variableName("byeLawsDocument").singleResult().getTypedValue();
    assertThat(stored.getFilename()).isEqualTo("byeLawsDocument.pdf");
    assertThat(stored.getMimeType()).isEqualTo("application/pdf");
    // renamed before the engine stored it: no history row keeps the sender's name
    assertThat(engine.getHistoryService().createHistoricDetailQuery().variableUpdates()
        .processInstanceIdIn(cases.historicIds(key)).list())
        .map(detail -> (org.camunda.bpm.engine.history.HistoricVariableUpdate) detail)
        .filteredOn(update -> update.getVariableName().endsWith("Document"))
        .isNotEmpty()
        .allSatisfy(update -> assertThat(((FileValue) update.getTypedValue()).getFilename())
            .isEqualTo(update.getVariableName() + "." + ((FileValue) update.getTypedValue()).getFilename()
                .replaceAll(".*\\.", "")));

    assertServed("byeLawsDocument", "application/pdf", "byeLawsDocument.pdf", PDF);
    assertServed("promoterListDocument", "image/png", "promoterListDocument.png", PNG);
    assertServed("bankCertificateDocument", "image/jpeg", "bankCertificateDocument.jpg", JPEG);
  }

  private void assertServed(String name, String type, String fileName, byte[] content) {
    ResponseEntity<byte[]> served = http.as("applicant.rj-udr")
        .getForEntity("/api/registrations/" + key + "/documents/" + name, byte[].class);
    assertThat(served.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(served.getHeaders().getContentType()).hasToString(type);
    assertThat(served.getHeaders().getContentDisposition().getType()).isEqualTo("attachment");
    assertThat(served.getHeaders().getContentDisposition().getFilename()).isEqualTo(fileName);
    assertThat(served.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(served.getBody()).isEqualTo(content);
  }

  private ResponseEntity<String> submit(Map<String, Object> files) {
    String task = cases.task(key, StepIds.TASK_UPLOAD_DOCUMENTS).getId();
    return http.post("applicant.rj-udr", "/engine-rest/task/" + task + "/submit-form",
        Map.of("variables", files));
  }

  private static Map<String, Object> file(byte[] content, String name, String declaredType) {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("type", "File");
    value.put("value", Base64.getEncoder().encodeToString(content));
    value.put("valueInfo", Map.of("filename", name, "mimetype", declaredType));
    return value;
  }
}
