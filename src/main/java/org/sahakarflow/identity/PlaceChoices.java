package org.sahakarflow.identity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sahakarflow.system.ModelRewriter;
import org.springframework.stereotype.Component;

/**
 * The States and districts a form offers are the places on record, in their order: the
 * registrars' (every State and UT, and the Central Registrar) for a case's {@code stateCode} and
 * {@code districtCode}; States and UTs only where a society, its office or a promoter (a row of a
 * dynamic list) is. Forms are deployed with the list as it stands, so a district an administrator
 * adds is offered to the next applicant.
 */
@Component
public class PlaceChoices implements ModelRewriter {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> WHERE_A_REGISTRAR_IS = Set.of("stateCode", "districtCode");
  private static final Set<String> WHERE_A_SOCIETY_IS = Set.of("officeStateCode", "officeDistrictCode", "areaStates");

  private final Places places;

  public PlaceChoices(Places places) {
    this.places = places;
  }

  @Override
  public String rewrite(String name, String content) {
    if (!name.endsWith(".form")) {
      return content;
    }
    try {
      JsonNode tree = JSON.readTree(content);
      boolean changed = false;
      for (PlaceSelect place : placeSelects(tree.path("components"), false, new ArrayList<>())) {
        ObjectNode select = place.select();
        String key = select.path("key").asText();
        boolean registrars = WHERE_A_REGISTRAR_IS.contains(key) && !place.inRows();
        ArrayNode wanted = key.endsWith("districtCode") || key.endsWith("DistrictCode") ? districts(registrars)
            : states(registrars);
        if (!wanted.equals(select.path("values"))) {
          select.set("values", wanted);
          changed = true;
        }
      }
      return changed ? JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree) : content;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(name + " is not a form: " + e.getOriginalMessage(), e);
    }
  }

  /** True when the form asks for a State or a district. */
  public static boolean asksForAPlace(String content) throws JsonProcessingException {
    return !placeSelects(JSON.readTree(content).path("components"), false, new ArrayList<>()).isEmpty();
  }

  private record PlaceSelect(ObjectNode select, boolean inRows) {
  }

  private static List<PlaceSelect> placeSelects(JsonNode components, boolean inRows, List<PlaceSelect> found) {
    for (JsonNode component : components) {
      String key = component.path("key").asText();
      boolean place = WHERE_A_REGISTRAR_IS.contains(key) || WHERE_A_SOCIETY_IS.contains(key);
      if (place && component instanceof ObjectNode select) {
        found.add(new PlaceSelect(select, inRows));
      }
      boolean rows = inRows || component.path("type").asText().equals("dynamiclist");
      placeSelects(component.path("components"), rows, found);
    }
    return found;
  }

  private ArrayNode states(boolean withCentralRegistrar) {
    ArrayNode values = JSON.createArrayNode();
    places.states().stream().filter(s -> withCentralRegistrar || !s.central())
        .forEach(s -> values.addObject().put("label", s.name() + " / " + s.hindiName()).put("value", s.code()));
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
