package org.sahakarflow.identity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * A start form as the one filing it sees it: the States they may file in (their own tenants, the
 * Central Registrar's among them for one who files multi-State societies), only those districts,
 * and, where every one of those districts has its blocks on record, the block as a searchable
 * choice among them, each labelled with its district. Tasklist gives a start form no variables to
 * draw choices from, and the browser's FEEL takes hundreds of milliseconds to filter one State's
 * blocks (minutes for the nation's) on every change, so the choices are written into the form
 * itself. The submission is held to the same places on the server ({@link EngineSubmissions}, the
 * registration's own checks), whatever the browser sent.
 */
@Component
class StartFormPlaces {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Places places;
  private final LocalBodies localBodies;

  StartFormPlaces(Places places, LocalBodies localBodies) {
    this.places = places;
    this.localBodies = localBodies;
  }

  /**
   * @param states the filer's tenants; none on record leaves the form as deployed
   * @return the form offering only those places, or {@code form} itself when it asks for none
   */
  String forFiler(String form, Collection<String> states) throws JsonProcessingException {
    List<String> own = states.stream().filter(code -> places.state(code).isPresent()).sorted().toList();
    if (own.isEmpty()) {
      return form;
    }
    JsonNode tree = JSON.readTree(form);
    boolean changed = false;
    for (ObjectNode field : fieldsOutsideRows(tree.path("components"), new ArrayList<>())) {
      switch (field.path("key").asText()) {
        case "stateCode" -> {
          field.set("values", filtered(field.path("values"), own::contains));
          if (own.size() == 1) {
            field.put("defaultValue", own.get(0));
          }
          changed = true;
        }
        case "districtCode" -> {
          field.set("values", filtered(field.path("values"),
              code -> places.district(code).map(d -> own.contains(d.stateCode())).orElse(false)));
          changed = true;
        }
        case "block" -> changed |= offerBlocks(field, own);
        default -> { }
      }
    }
    return changed ? JSON.writeValueAsString(tree) : form;
  }

  /** The keyed fields, those of a dynamic list's rows left out: a promoter's State is not the filer's. */
  private static List<ObjectNode> fieldsOutsideRows(JsonNode components, List<ObjectNode> found) {
    for (JsonNode component : components) {
      if (component.hasNonNull("key") && component instanceof ObjectNode field) {
        found.add(field);
      }
      if (!component.path("type").asText().equals("dynamiclist")) {
        fieldsOutsideRows(component.path("components"), found);
      }
    }
    return found;
  }

  private static ArrayNode filtered(JsonNode values, Predicate<String> keep) {
    ArrayNode kept = JSON.createArrayNode();
    values.forEach(value -> {
      if (keep.test(value.path("value").asText())) {
        kept.add(value);
      }
    });
    return kept;
  }

  /**
   * The block becomes a choice only where the list is whole: a district without blocks on record
   * would leave its applicants nothing to choose, so there the block stays typed.
   */
  private boolean offerBlocks(ObjectNode field, List<String> own) {
    List<Places.District> districts = places.districts().stream().filter(d -> own.contains(d.stateCode())).toList();
    if (!field.path("type").asText().equals("textfield") || districts.isEmpty()
        || districts.stream().anyMatch(d -> localBodies.blocks(d.code()).isEmpty())) {
      return false;
    }
    ArrayNode values = JSON.createArrayNode();
    for (Places.District district : districts) {
      for (LocalBodies.Block block : localBodies.blocks(district.code())) {
        values.addObject().put("label", block.name() + " — " + district.name()).put("value", block.name());
      }
    }
    field.put("type", "select");
    field.put("searchable", true);
    field.putObject("validate").put("required", true);
    field.put("description", "Type your block or your district to narrow the list"
        + " / अपना विकासखंड या ज़िला लिखकर सूची छोटी करें");
    field.set("values", values);
    return true;
  }
}
