package org.sahakarflow.society;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
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

/** Import of existing societies from CSV: all rows or none, bad rows named by line (also runs on PostgreSQL). */
@SahakarTest
class SocietyImportTest {

  static final String HEADER = "registrationNumber,name,type,stateCode,districtCode,registeredOn,secretaryUserId\n";

  @Autowired
  Http http;
  @Autowired
  JdbcTemplate jdbc;
  final ObjectMapper json = new ObjectMapper();

  @Test
  void goodFileImportsEverySocietyWithItsSecretary() throws Exception {
    String a = number();
    String b = number();
    String c = number();
    ResponseEntity<String> response = post("registrar.rj", HEADER
        + a + ",\"Kheda PACS, Girwa\",MPACS,RJ,RJ-UDR,1984-07-12,applicant.rj-udr\n"
        + b + ",Bhuwana Dairy Society,DAIRY,RJ,RJ-UDR,2001-01-30\n"
        + c + ",Bhuwana Dugdh Utpadak Sahakari Samiti – Girwa,DAIRY,RJ,RJ-UDR,2003-05-02\n");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(response.getBody()).get("imported").asInt()).isEqualTo(3);
    assertThat(jdbc.queryForObject("select name from society where registration_number = ?", String.class, c))
        .isEqualTo("Bhuwana Dugdh Utpadak Sahakari Samiti – Girwa");
    assertThat(jdbc.queryForObject("select name from society where registration_number = ?", String.class, a))
        .isEqualTo("Kheda PACS, Girwa");
    assertThat(jdbc.queryForList("select user_id from society_secretary where registration_number = ?", String.class, a))
        .containsExactly("applicant.rj-udr");
    assertThat(jdbc.queryForObject("select society_type from society where registration_number = ?", String.class, b))
        .isEqualTo("DAIRY");
  }

  @Test
  void badRowsAreReportedByLineAndNothingIsImported() throws Exception {
    String good = number();
    String[] bad = {number(), number(), number(), number(), number(), number(), number()};
    ResponseEntity<String> response = post("registrar.rj", HEADER
        + good + ",Good PACS,MPACS,RJ,RJ-UDR,1990-01-01\n"
        + bad[0] + ",Wrong type,SUGAR,RJ,RJ-UDR,1990-01-01\n"
        + bad[1] + ",Wrong district,MPACS,RJ,AP-TPT,1990-01-01\n"
        + bad[2] + ",Bad date,MPACS,RJ,RJ-UDR,12/01/1990\n"
        + bad[3] + ",Other State,MPACS,AP,AP-TPT,1990-01-01\n"
        + bad[4] + ",Too few columns\n"
        + bad[5] + ",Unknown secretary,MPACS,RJ,RJ-UDR,1990-01-01,nobody.here\n"
        + bad[6] + ",கூட்டுறவு சங்கம்,MPACS,RJ,RJ-UDR,1990-01-01\n");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    List<String> errors = errors(response);
    assertThat(errors).containsExactlyInAnyOrder(
        "line 3: type 'SUGAR' is not one of MPACS, DAIRY, FISHERIES",
        "line 4: districtCode 'AP-TPT' is not a district of RJ",
        "line 5: registeredOn '12/01/1990' is not a date (yyyy-mm-dd)",
        "line 6: you may not import societies of AP",
        "line 7: has 2 columns, expected 6 or 7",
        "line 8: secretaryUserId 'nobody.here' is not a user",
        "line 9: name has 'க', which certificates cannot print (Latin and Devanagari script only)");
    assertThat(jdbc.queryForObject("select count(*) from society where registration_number = ?", Integer.class, good))
        .isZero();
  }

  @Test
  void duplicatesInTheFileOrOnRecordAreRejectedAndNothingIsImported() throws Exception {
    String existing = number();
    assertThat(post("registrar.rj", HEADER + existing + ",First PACS,MPACS,RJ,RJ-UDR,1990-01-01\n").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    String fresh = number();
    String twice = number();
    ResponseEntity<String> response = post("registrar.rj", HEADER
        + fresh + ",Fresh PACS,MPACS,RJ,RJ-UDR,1990-01-01\n"
        + existing + ",Again,MPACS,RJ,RJ-UDR,1990-01-01\n"
        + twice + ",Twice,MPACS,RJ,RJ-UDR,1990-01-01\n"
        + twice + ",Twice again,MPACS,RJ,RJ-UDR,1990-01-01\n");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(response)).containsExactlyInAnyOrder(
        "line 3: " + existing + " is already on record",
        "line 5: duplicates line 4 (" + twice + ")");
    assertThat(jdbc.queryForObject("select count(*) from society where registration_number in (?, ?)",
        Integer.class, fresh, twice)).isZero();
  }

  @Test
  void onlyAdministratorsAndStateRegistrarsImport() {
    ResponseEntity<String> response = post("applicant.rj-udr", HEADER + number() + ",X,MPACS,RJ,RJ-UDR,1990-01-01\n");
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post("registrar.rj", "name,stateCode\nX,RJ\n").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  private ResponseEntity<String> post(String user, String csv) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.valueOf("text/csv"));
    // as a spreadsheet saves it: UTF-8, and the content type does not say so
    return http.as(user).exchange("/api/societies/import", HttpMethod.POST,
        new HttpEntity<>(csv.getBytes(StandardCharsets.UTF_8), headers), String.class);
  }

  private List<String> errors(ResponseEntity<String> response) throws Exception {
    List<String> errors = new ArrayList<>();
    for (JsonNode error : json.readTree(response.getBody()).get("errors")) {
      errors.add(error.get("field").asText() + ": " + error.get("reason").asText());
    }
    return errors;
  }

  private static String number() {
    return "RJ/UDR/IMP/" + UUID.randomUUID().toString().substring(0, 13);
  }
}
