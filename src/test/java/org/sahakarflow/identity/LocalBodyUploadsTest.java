package org.sahakarflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahakarflow.CaseDriver;
import org.sahakarflow.Cases;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.TestUsers;
import org.sahakarflow.system.ReferenceUploadLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Blocks and gram panchayats by upload: a bad row is named by line and column and nothing is taken;
 * a good file replaces the lists of the districts it names, and a new application there must name
 * a block and a panchayat on them, through the API and Tasklist's start form alike.
 */
@SahakarTest
class LocalBodyUploadsTest {

  static final String BLOCKS = "state,district,lgdCode,name\n";
  static final String PANCHAYATS = "state,district,block,lgdCode,name\n";
  // Karaikal: one block on record, and no other test files there
  static final String DISTRICT = "PY-KAR";

  @Autowired
  Http http;
  @Autowired
  LocalBodies localBodies;
  @Autowired
  Places places;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  ProcessEngine engine;
  final ObjectMapper json = new ObjectMapper();
  List<LocalBodies.Block> shipped;

  @BeforeEach
  void noUploadsYet() {
    jdbc.update("delete from reference_upload");
    shipped = localBodies.blocks(DISTRICT);
    TestUsers.ensure(engine.getIdentityService(), "applicant.py-kar", Groups.APPLICANTS, "PY");
  }

  @AfterEach
  void putThemBack() {
    jdbc.update("delete from reference_upload");
    localBodies.takeBlocks(Map.of(DISTRICT, shipped));
    localBodies.takeGramPanchayats(Map.of(DISTRICT, List.of()));
  }

  @Test
  void theShippedBlocksAreLgdsForEveryDistrictThatHasThem() {
    assertThat(localBodies.districtsWithBlocks()).isEqualTo(765);
    assertThat(localBodies.blocks("RJ-UDR")).extracting(LocalBodies.Block::name).contains("Girwa", "Mavli", "Kotra");
    assertThat(localBodies.blocks("RJ-UDR")).filteredOn(b -> b.name().equals("Girwa"))
        .extracting(LocalBodies.Block::lgdCode).containsExactly(795);
    assertThat(localBodies.blocks(DISTRICT)).extracting(LocalBodies.Block::name).containsExactly("Karaikal");
    assertThat(localBodies.blocks("DL-NDL")).as("LGD lists no blocks in Delhi").isEmpty();
    assertThat(localBodies.gramPanchayats("RJ-UDR")).as("none are shipped").isEmpty();
  }

  @Test
  void badBlockRowsAreNamedByLineAndColumnAndNothingIsTaken() throws Exception {
    ResponseEntity<String> response = upload("blocks", BLOCKS
        + "PY,PY-KAR,7001,Karaikal North\n"
        + "PY,RJ-UDR,7002,Elsewhere\n"
        + "ZZ,PY-KAR,7003,Nowhere\n"
        + "PY,PY-KAR,abc,Karaikal South\n"
        + "PY,PY-KAR,7005,\n"
        + "PY,PY-KAR,7006,<b>Bold</b>\n"
        + "PY,PY-KAR,7007,karaikal north\n"
        + "PY,PY-KAR,7001,Karaikal East\n"
        + "PY,PY-KAR,7009\n");

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(response)).containsExactly(
        "line 3: district: 'RJ-UDR' is not a district of PY on record",
        "line 4: state: ZZ is not a State or Union Territory on record",
        "line 5: lgdCode: 'abc' is not an LGD code (a positive number)",
        "line 6: name: a name of 1 to 80 characters on one line, without < or >",
        "line 7: name: a name of 1 to 80 characters on one line, without < or >",
        "line 8: name: 'karaikal north' is on line 2 too, in the same district",
        "line 9: lgdCode: 7001 is on line 2 too, in the same district",
        "line 10: has 3 cells, not 4");
    assertThat(localBodies.blocks(DISTRICT)).as("not even the good row is taken").isEqualTo(shipped);
    assertThat(jdbc.queryForObject("select count(*) from reference_upload", Integer.class)).isZero();
  }

  @Test
  void aDistrictsBlocksAreReplacedAndNewApplicationsHeldToThem() throws Exception {
    ResponseEntity<String> response = upload("blocks", BLOCKS
        + "PY,PY-KAR,7001,Karaikal North\n"
        + "PY,PY-KAR,7002,Karaikal South\n");

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(response.getBody()).get("summary").asText()).isEqualTo("replaced the blocks of [PY-KAR]");
    assertThat(localBodies.blocks(DISTRICT)).extracting(LocalBodies.Block::name)
        .containsExactly("Karaikal North", "Karaikal South");
    assertThat(localBodies.blocks("RJ-UDR")).as("other districts keep theirs").isNotEmpty();
    assertThat(new LocalBodies(places, new ReferenceUploadLog(jdbc)).blocks(DISTRICT)).as("a restarted node has them")
        .extracting(LocalBodies.Block::name).containsExactly("Karaikal North", "Karaikal South");
    JsonNode version = json.readTree(http.as("admin").getForEntity("/api/reference/blocks/versions", String.class)
        .getBody()).get(0);
    assertThat(version.get("uploadedBy").asText()).isEqualTo("admin");
    assertThat(version.get("rows").asInt()).isEqualTo(2);

    Map<String, Object> application = Cases.mpacsApplication("PY", DISTRICT);
    application.put("block", "Karaikal");
    ResponseEntity<String> refused = http.post("applicant.py-kar", "/api/registrations", application);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(refused)).containsExactly(
        "block: is not a block of Karaikal on record; its blocks are Karaikal North, Karaikal South");

    application.put("block", "  karaikal-north ");
    ResponseEntity<String> filed = http.post("applicant.py-kar", "/api/registrations", application);
    assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
    String number = json.readTree(filed.getBody()).get("applicationNumber").asText();
    assertThat(new CaseDriver(engine).variable(number, "block")).as("kept as the list writes it")
        .isEqualTo("Karaikal North");
  }

  @Test
  void badGramPanchayatRowsAreNamedByLineAndColumnAndNothingIsTaken() throws Exception {
    ResponseEntity<String> response = upload("gram-panchayats", PANCHAYATS
        + "PY,PY-KAR,Karaikal,640001,Akkaraivattam\n"
        + "PY,PY-KAR,Nowhere,640002,Ambagarathur\n"
        + "PY,PY-KAR,Karaikal,xyz,Kottucherry\n"
        + "PY,PY-KAR,Karaikal,640004,AKKARAIVATTAM\n"
        + "PY,PY-KAR,Karaikal,640001,Neduncadu\n"
        + "DL,DL-NDL,Girwa,,Chanakyapuri\n");

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(response)).containsExactly(
        "line 3: block: 'Nowhere' is not a block of PY-KAR on record (its name or LGD code, as the district's"
            + " block list has it)",
        "line 4: lgdCode: 'xyz' is not an LGD code (a positive number); leave it empty where not known",
        "line 5: name: 'AKKARAIVATTAM' is on line 2 too, in the same block",
        "line 6: lgdCode: 640001 is on line 2 too, in the same district",
        "line 7: block: DL-NDL has no blocks on record; leave it empty");
    assertThat(localBodies.gramPanchayats(DISTRICT)).isEmpty();
    assertThat(jdbc.queryForObject("select count(*) from reference_upload", Integer.class)).isZero();
  }

  @Test
  void onceADistrictHasGramPanchayatsAnApplicationNamesOneOfThem() throws Exception {
    // the block by its LGD code, as the district's list has it; one panchayat's code not known
    assertThat(upload("gram-panchayats", PANCHAYATS
        + "PY,PY-KAR," + shipped.get(0).lgdCode() + ",640001,Akkaraivattam\n"
        + "PY,PY-KAR,Karaikal,,Kottucherry\n").getStatusCode()).isEqualTo(HttpStatus.OK);

    Map<String, Object> application = Cases.mpacsApplication("PY", DISTRICT);
    application.put("block", "Karaikal");
    application.put("gramPanchayat", "Thirunallar");
    ResponseEntity<String> refused = http.post("applicant.py-kar", "/api/registrations", application);
    assertThat(errors(refused)).containsExactly(
        "gramPanchayat: is not a gram panchayat of block Karaikal on record; its gram panchayats are"
            + " Akkaraivattam, Kottucherry");
    // Tasklist's start form is held to the same list: its refusal names the field
    Map<String, Object> started = CaseDriver.application("PY", DISTRICT, 25);
    started.put("gramPanchayat", "Thirunallar");
    assertThatThrownBy(() -> new CaseDriver(engine).apply("mpacs-registration", "applicant.py-kar", started))
        .hasMessageContaining("gramPanchayat is not a gram panchayat of block Karaikal on record");

    application.put("gramPanchayat", "AKKARAI VATTAM");
    ResponseEntity<String> filed = http.post("applicant.py-kar", "/api/registrations", application);
    assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
    String number = json.readTree(filed.getBody()).get("applicationNumber").asText();
    assertThat(new CaseDriver(engine).variable(number, "gramPanchayat")).isEqualTo("Akkaraivattam");
    assertThat(new CaseDriver(engine).variable(number, "gramPanchayatLgdCode")).isEqualTo(640001);
    assertThat(jdbc.queryForMap("select gram_panchayat, gram_panchayat_lgd_code from application_register"
        + " where application_number = ?", number)).containsValues("Akkaraivattam", 640001);
  }

  @Test
  void whereADistrictHasNoListTheTypedNamesAreKept() throws Exception {
    TestUsers.ensure(engine.getIdentityService(), "applicant.dl-ndl", Groups.APPLICANTS, "DL");
    Map<String, Object> application = Cases.mpacsApplication("DL", "DL-NDL");
    application.put("block", "Chanakyapuri Circle");
    application.put("gramPanchayat", "Any Village Council");
    ResponseEntity<String> filed = http.post("applicant.dl-ndl", "/api/registrations", application);
    assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
    String number = json.readTree(filed.getBody()).get("applicationNumber").asText();
    assertThat(new CaseDriver(engine).variable(number, "block")).isEqualTo("Chanakyapuri Circle");
    assertThat(new CaseDriver(engine).variable(number, "gramPanchayat")).isEqualTo("Any Village Council");
  }

  @Test
  void anApplicationMustNameABlockOfItsDistrict() throws Exception {
    Map<String, Object> application = Cases.mpacsApplication("RJ", "RJ-UDR");
    application.put("block", "Sanganer");
    ResponseEntity<String> refused = http.post("applicant.rj-udr", "/api/registrations", application);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(refused)).singleElement().asString()
        .startsWith("block: is not a block of Udaipur on record; its blocks are Bargaon, Bhinder, Devla, Girwa");
  }

  private ResponseEntity<String> upload(String dataset, String content) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.valueOf("text/csv"));
    return http.as("admin").exchange("/api/reference/" + dataset, HttpMethod.POST,
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
