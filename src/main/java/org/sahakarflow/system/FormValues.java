package org.sahakarflow.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sahakarflow.system.InvalidInputException.FieldProblem;

/** The checks a submitted value meets for its field, in the engine REST's variable shape. */
final class FormValues {

  private static final Pattern DATE = Pattern.compile(
      "\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})?)?");
  private static final int LONGEST_TEXT = 4000;
  private static final Set<String> NUMBER_TYPES = Set.of("Integer", "Long", "Short", "Double");
  private static final Set<String> KNOWN_TYPES = Set.of("String", "Boolean", "Integer", "Long",
      "Short", "Double", "Json", "File", "Null");

  private FormValues() {
  }

  /**
   * The problems of a dynamic list's rows, each named by its row and field
   * ({@code promoters[2].householdId}): the rows come as a JSON list of objects (Tasklist sends it as
   * a {@code Json} variable), each row holding only the list's own fields, each as the field asks.
   */
  static List<FieldProblem> rowProblems(FormField field, JsonNode variable, ObjectMapper json) {
    String key = field.key();
    if (!variable.isObject()) {
      return List.of(new FieldProblem(key, "must be given as {\"value\": ..., \"type\": ...}"));
    }
    JsonNode value = variable.path("value");
    String type = variable.path("type").asText("");
    if (value.isMissingNode() || value.isNull()) {
      return List.of();
    }
    JsonNode rows = value;
    if (value.isTextual() && (type.equals("Json") || type.isEmpty())) {
      try {
        rows = json.readTree(value.asText());
      } catch (IOException e) {
        return List.of(new FieldProblem(key, "must be a list of rows"));
      }
    }
    if (rows == null || !rows.isArray() || !(type.isEmpty() || type.equals("Json"))) {
      return List.of(new FieldProblem(key, "must be a list of rows"));
    }
    Map<String, FormField> columns = new LinkedHashMap<>();
    field.rowFields().forEach(f -> columns.put(f.key(), f));
    List<FieldProblem> problems = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      String row = key + "[" + i + "]";
      if (!rows.get(i).isObject()) {
        problems.add(new FieldProblem(row, "must be a row of " + columns.keySet()));
        continue;
      }
      Iterator<Map.Entry<String, JsonNode>> cells = rows.get(i).fields();
      while (cells.hasNext()) {
        Map.Entry<String, JsonNode> cell = cells.next();
        FormField column = columns.get(cell.getKey());
        String problem = column == null || column.kind() == FormField.Kind.ROWS ? "is not a field of this form"
            : problem(column, json.createObjectNode().set("value", cell.getValue()), json);
        if (problem != null) {
          problems.add(new FieldProblem(row + "." + cell.getKey(), problem));
        }
      }
      for (FormField column : columns.values()) {
        if (column.required() && isEmpty(json.createObjectNode().set("value", rows.get(i).get(column.key())))) {
          problems.add(new FieldProblem(row + "." + column.key(), "is required"));
        }
      }
    }
    return problems;
  }

  /** Why a submitted variable does not fit its field, or null if it does. */
  static String problem(FormField field, JsonNode variable, ObjectMapper json) {
    String key = field.key();
    if (!variable.isObject()) {
      return "must be given as {\"value\": ..., \"type\": ...}";
    }
    JsonNode value = variable.path("value");
    JsonNode typeNode = variable.path("type");
    if (!typeNode.isMissingNode() && !typeNode.isNull() && !KNOWN_TYPES.contains(typeNode.asText())) {
      return "has an unknown value type '" + typeNode.asText() + "'";
    }
    String type = typeNode.asText("");
    if (value.isMissingNode() || value.isNull()) {
      return field.kind() == FormField.Kind.FILE ? "must be an uploaded file" : null;
    }
    return switch (field.kind()) {
      case NUMBER -> number(field, value, type);
      case BOOLEAN -> value.isBoolean() && (type.isEmpty() || type.equals("Boolean")) ? null
          : "must be true or false";
      case CHOICES -> choices(field, value, type, json);
      case FILE -> file(key, variable, value, type);
      default -> text(field, value, type);
    };
  }

  /**
   * An upload is judged by its first bytes; an accepted one is renamed here, before the engine
   * stores it, so that neither the case nor its history keeps the sender's name or claimed type.
   */
  private static String file(String key, JsonNode variable, JsonNode value, String type) {
    if (!type.equals("File") || !value.isTextual()) {
      return "must be an uploaded file";
    }
    byte[] content;
    try {
      content = Base64.getDecoder().decode(value.asText());
    } catch (IllegalArgumentException e) {
      return "must be an uploaded file (base64)";
    }
    Optional<UploadedFile.Kind> kind = UploadedFile.kindOf(content);
    if (kind.isEmpty()) {
      return UploadedFile.REFUSAL;
    }
    ObjectNode info = variable instanceof ObjectNode object ? object.putObject("valueInfo") : null;
    if (info != null) {
      info.put("filename", UploadedFile.storedName(key, kind.get())).put("mimeType", kind.get().mimeType());
    }
    return null;
  }

  private static String text(FormField field, JsonNode value, String type) {
    if (!value.isTextual() || !(type.isEmpty() || type.equals("String"))) {
      return "must be text";
    }
    String text = value.asText();
    if (PlainText.Check.breaks(text)) {
      return PlainText.RULE;
    }
    int longest = field.maxLength() == null ? LONGEST_TEXT : field.maxLength();
    if (text.length() > longest) {
      return "must be at most " + longest + " characters";
    }
    if (field.minLength() != null && !text.isEmpty() && text.length() < field.minLength()) {
      return "must be at least " + field.minLength() + " characters";
    }
    if (field.kind() == FormField.Kind.CHOICE && !text.isEmpty() && !field.options().isEmpty()
        && !field.options().contains(text)) {
      return "must be one of " + field.options();
    }
    if (field.kind() == FormField.Kind.DATE && !text.isEmpty() && !DATE.matcher(text).matches()) {
      return "must be a date (yyyy-mm-dd)";
    }
    if (field.pattern() != null && !text.isEmpty() && !field.pattern().matcher(text).matches()) {
      return "is not in the expected format";
    }
    return null;
  }

  private static String number(FormField field, JsonNode value, String type) {
    if (!value.isNumber() || !(type.isEmpty() || NUMBER_TYPES.contains(type))) {
      return "must be a number";
    }
    double number = value.asDouble();
    if (!Double.isFinite(number)) {
      return "must be a finite number";
    }
    if (field.min() != null && number < field.min()) {
      return "must be at least " + field.min();
    }
    if (field.max() != null && number > field.max()) {
      return "must be at most " + field.max();
    }
    return null;
  }

  private static String choices(FormField field, JsonNode value, String type, ObjectMapper json) {
    JsonNode list = value;
    if (value.isTextual() && type.equals("Json")) {
      try {
        list = json.readTree(value.asText());
      } catch (IOException e) {
        return "must be a list of choices";
      }
    }
    if (!list.isArray()) {
      return "must be a list of choices";
    }
    for (JsonNode choice : list) {
      if (!choice.isTextual() || !field.options().contains(choice.asText())) {
        return "must hold only " + field.options();
      }
    }
    return null;
  }

  static boolean isEmpty(JsonNode variable) {
    if (variable == null || !variable.isObject()) {
      return true;
    }
    JsonNode value = variable.path("value");
    return value.isMissingNode() || value.isNull() || (value.isTextual() && value.asText().isBlank());
  }
}
