package org.sahakarflow.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The label the forms give each field, by the field's key ("shareCapitalPaid" → "Share capital paid
 * (₹) / चुकता अंश पूंजी (₹)"). A refusal names the field by its key, as the API must; Tasklist's
 * {@code scripts/sahakar-errors.js} shows the person the label they filled in instead. Where forms
 * label a key differently, the first form by file name names it, the same on every machine.
 */
@RestController
class FormLabelsController {

  private final Map<String, String> labels;

  FormLabelsController(ResourcePatternResolver resources, ObjectMapper json) throws IOException {
    Map<String, String> found = new TreeMap<>();
    Resource[] forms = resources.getResources("classpath*:forms/*.form");
    Arrays.sort(forms, Comparator.comparing(Resource::getFilename, Comparator.nullsLast(Comparator.naturalOrder())));
    for (Resource form : forms) {
      try (InputStream in = form.getInputStream()) {
        collect(json.readTree(in).path("components"), found);
      }
    }
    this.labels = Map.copyOf(found);
  }

  private static void collect(JsonNode components, Map<String, String> found) {
    for (JsonNode component : components) {
      // a date field carries its label as "dateLabel"
      String label = component.path(component.has("dateLabel") ? "dateLabel" : "label").asText("").strip();
      if (component.hasNonNull("key") && !label.isEmpty()) {
        found.putIfAbsent(component.get("key").asText(), label);
      }
      collect(component.path("components"), found);
    }
  }

  @GetMapping(value = "/api/form-labels", produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, String> labels() {
    return labels;
  }
}
