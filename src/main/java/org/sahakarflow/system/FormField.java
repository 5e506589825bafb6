package org.sahakarflow.system;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One keyed field of a task or start form, with the checks its form declares ({@code validate}:
 * required, min, max, minLength, maxLength, pattern; the options of a select, radio or checklist).
 * A field shown only under a condition is not required here: the browser does not send it while
 * hidden, and the step's own listener checks what the condition implies. A dynamic list (rows of
 * fields, as the promoters) is one field at its path, each row held to the list's own fields.
 */
record FormField(String key, Kind kind, boolean required, Double min, Double max, Integer minLength,
    Integer maxLength, Pattern pattern, Set<String> options, List<FormField> rowFields) {

  enum Kind { TEXT, NUMBER, BOOLEAN, CHOICE, CHOICES, DATE, FILE, ROWS }

  private static final Pattern EMBEDDED_INPUT = Pattern.compile(
      "cam-variable-name=\"([A-Za-z0-9_]+)\"\\s+cam-variable-type=\"([A-Za-z]+)\"");

  /** The keyed fields of a Camunda Forms schema, nested groups and lists included. */
  static List<FormField> ofSchema(JsonNode schema) {
    List<FormField> fields = new ArrayList<>();
    collect(schema.path("components"), fields);
    return fields;
  }

  /** The fields of an embedded HTML form, from its {@code cam-variable-*} attributes. */
  static List<FormField> ofEmbeddedForm(String html) {
    List<FormField> fields = new ArrayList<>();
    Matcher input = EMBEDDED_INPUT.matcher(html);
    while (input.find()) {
      Kind kind = switch (input.group(2)) {
        case "File" -> Kind.FILE;
        case "Boolean" -> Kind.BOOLEAN;
        case "Long", "Integer", "Double", "Short" -> Kind.NUMBER;
        default -> Kind.TEXT;
      };
      fields.add(new FormField(input.group(1), kind, false, null, null, null, null, null, Set.of(), List.of()));
    }
    return fields;
  }

  private static void collect(JsonNode components, List<FormField> fields) {
    for (JsonNode component : components) {
      if (component.path("type").asText().equals("dynamiclist") && component.hasNonNull("path")) {
        List<FormField> rowFields = new ArrayList<>();
        collect(component.path("components"), rowFields);
        fields.add(new FormField(component.get("path").asText(), Kind.ROWS, false, null, null, null, null, null,
            Set.of(), List.copyOf(rowFields)));
        continue;
      }
      if (component.hasNonNull("key")) {
        fields.add(of(component));
      }
      collect(component.path("components"), fields);
    }
  }

  private static FormField of(JsonNode component) {
    JsonNode validate = component.path("validate");
    boolean conditional = component.has("conditional");
    Set<String> options = new LinkedHashSet<>();
    component.path("values").forEach(v -> options.add(v.path("value").asText()));
    String pattern = validate.path("pattern").asText(null);
    return new FormField(component.get("key").asText(), kind(component.path("type").asText()),
        validate.path("required").asBoolean(false) && !conditional,
        number(validate.path("min")), number(validate.path("max")),
        validate.has("minLength") ? validate.get("minLength").asInt() : null,
        validate.has("maxLength") ? validate.get("maxLength").asInt() : null,
        pattern == null || pattern.isEmpty() ? null : Pattern.compile(pattern), Set.copyOf(options), List.of());
  }

  private static Kind kind(String type) {
    return switch (type) {
      case "number" -> Kind.NUMBER;
      case "checkbox" -> Kind.BOOLEAN;
      case "select", "radio" -> Kind.CHOICE;
      case "checklist", "taglist" -> Kind.CHOICES;
      case "datetime" -> Kind.DATE;
      default -> Kind.TEXT;
    };
  }

  private static Double number(JsonNode node) {
    return node.isNumber() ? node.asDouble() : null;
  }
}
