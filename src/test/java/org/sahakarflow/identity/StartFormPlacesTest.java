package org.sahakarflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A start form offers the one filing it their own State, its districts and its blocks. */
@SahakarTest
class StartFormPlacesTest {

  private static final String MPACS_FORM = "/engine-rest/process-definition/key/mpacs-registration/deployed-start-form";

  @Autowired
  Http http;
  @Autowired
  Places places;
  @Autowired
  LocalBodies localBodies;
  final ObjectMapper json = new ObjectMapper();

  @Test
  void aRajasthanPromoterIsOfferedRajasthanItsDistrictsAndItsBlocks() throws Exception {
    JsonNode form = form("applicant.rj-udr", MPACS_FORM);

    JsonNode state = field(form, "stateCode");
    assertThat(values(state)).containsExactly("RJ");
    assertThat(state.path("defaultValue").asText()).isEqualTo("RJ");
    List<String> rajasthan = places.districts().stream().filter(d -> d.stateCode().equals("RJ"))
        .map(Places.District::code).toList();
    assertThat(values(field(form, "districtCode"))).hasSizeGreaterThan(30).containsExactlyElementsOf(rajasthan)
        .doesNotContain("AP-TPT");

    JsonNode block = field(form, "block");
    assertThat(block.path("type").asText()).isEqualTo("select");
    assertThat(block.path("searchable").asBoolean()).isTrue();
    List<String> udaipur = localBodies.blocks("RJ-UDR").stream().map(LocalBodies.Block::name).toList();
    assertThat(udaipur).isNotEmpty();
    assertThat(values(block)).containsAll(udaipur)
        .hasSize(rajasthan.stream().mapToInt(d -> localBodies.blocks(d).size()).sum());
    assertThat(labels(block)).contains(udaipur.get(0) + " — Udaipur");
    assertThat(labels(block)).noneMatch(label -> label.endsWith(" — Tirupati"));

    // the multi-State part still names every State: a society may work beyond its promoter's own
    assertThat(values(field(form, "areaStates"))).contains("RJ", "AP", "KL");
    // a promoter's State, in the rows, is not narrowed to the filer's: a multi-State society's come from several
    JsonNode promoterState = form.findParents("key").stream()
        .filter(c -> c.path("id").asText().equals("Field_PromoterState")).findFirst().orElseThrow();
    assertThat(values(promoterState)).contains("RJ", "GJ", "AP").doesNotContain("MS");
    assertThat(promoterState.has("defaultValue")).isFalse();
  }

  @Test
  void everyStartFormThatAsksForAPlaceOffersOnlyTheFilersOwn() throws Exception {
    for (String key : List.of("dairy-registration", "fisheries-registration", "bye-law-adoption")) {
      JsonNode form = form("applicant.ap-tpt", "/engine-rest/process-definition/key/" + key + "/deployed-start-form");
      assertThat(values(field(form, "stateCode"))).as(key).containsExactly("AP");
      assertThat(values(field(form, "districtCode"))).as(key).isNotEmpty().allMatch(code -> code.startsWith("AP-"));
    }
  }

  @Test
  void anAdministratorSeesTheFormAsDeployed() throws Exception {
    JsonNode form = form("admin", MPACS_FORM);

    assertThat(values(field(form, "stateCode"))).contains("RJ", "AP", "KL", "MS");
    assertThat(values(field(form, "districtCode"))).contains("RJ-UDR", "AP-TPT");
    assertThat(field(form, "block").path("type").asText()).isEqualTo("textfield");
  }

  private JsonNode form(String user, String path) throws Exception {
    ResponseEntity<String> response = http.as(user).getForEntity(path, String.class);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(response.getBody());
  }

  private static JsonNode field(JsonNode form, String key) {
    return form.findParents("key").stream().filter(c -> c.path("key").asText().equals(key)).findFirst()
        .orElseThrow(() -> new AssertionError("no field " + key));
  }

  private static List<String> values(JsonNode field) {
    List<String> values = new ArrayList<>();
    field.path("values").forEach(v -> values.add(v.path("value").asText()));
    return values;
  }

  private static List<String> labels(JsonNode field) {
    List<String> labels = new ArrayList<>();
    field.path("values").forEach(v -> labels.add(v.path("label").asText()));
    return labels;
  }
}
