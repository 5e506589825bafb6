package org.sahakarflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every form that asks for a State or a district offers exactly the places of the reference files,
 * in their order: the registrar's (every State and UT, and the Central Registrar) for the case's
 * {@code stateCode} and {@code districtCode}; States and UTs only where a society or its office is
 * ({@code officeStateCode}, {@code officeDistrictCode}, the multi-State {@code areaStates}). When a file changes, the test writes each form as it should be under
 * {@code target/place-choices/}, to copy over {@code forms/}.
 */
class PlaceChoicesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> WHERE_A_REGISTRAR_IS = Set.of("stateCode", "districtCode");
  private static final Set<String> WHERE_A_SOCIETY_IS = Set.of("officeStateCode", "officeDistrictCode", "areaStates");
  private final Places places = new Places();

  @Test
  void theFormsOfferEveryStateAndEveryDistrictOnRecord() throws IOException {
    List<String> stale = new ArrayList<>();
    int asking = 0;
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(f -> f.toString().endsWith(".form")).sorted().toList()) {
        JsonNode tree = JSON.readTree(form.toFile());
        List<ObjectNode> selects = new ArrayList<>();
        tree.findParents("key").forEach(component -> {
          String key = component.path("key").asText();
          if (WHERE_A_REGISTRAR_IS.contains(key) || WHERE_A_SOCIETY_IS.contains(key)) {
            selects.add((ObjectNode) component);
          }
        });
        boolean changed = false;
        for (ObjectNode select : selects) {
          String key = select.path("key").asText();
          boolean registrars = WHERE_A_REGISTRAR_IS.contains(key);
          ArrayNode wanted = key.endsWith("districtCode") || key.endsWith("DistrictCode") ? districts(registrars)
              : states(registrars);
          if (!wanted.equals(select.path("values"))) {
            select.set("values", wanted);
            changed = true;
          }
        }
        asking += selects.isEmpty() ? 0 : 1;
        if (changed) {
          Path rewritten = Path.of("target/place-choices", form.getFileName().toString());
          Files.createDirectories(rewritten.getParent());
          JSON.writerWithDefaultPrettyPrinter().writeValue(rewritten.toFile(), tree);
          stale.add(form + " (as it should be: " + rewritten + ")");
        }
      }
    }
    assertThat(asking).as("forms asking for a State or district").isGreaterThanOrEqualTo(4);
    assertThat(stale).as("forms whose places differ from reference/states.csv and districts.csv").isEmpty();
  }

  private ArrayNode states(boolean withCentralRegistrar) {
    ArrayNode values = JSON.createArrayNode();
    places.states().stream().filter(s -> withCentralRegistrar || !s.central()).forEach(s -> values.addObject().put("label", s.name() + " / " + s.hindiName())
        .put("value", s.code()));
    return values;
  }

  private ArrayNode districts(boolean withCentralRegistrar) {
    ArrayNode values = JSON.createArrayNode();
    places.districts().stream().filter(d -> withCentralRegistrar || places.isStateOrUt(d.stateCode()))
        .forEach(d -> values.addObject()
        .put("label", d.name() + " (" + d.stateCode() + ")" + (d.hindiName() == null ? "" : " / " + d.hindiName()))
        .put("value", d.code()));
    return values;
  }
}
