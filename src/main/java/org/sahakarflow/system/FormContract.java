package org.sahakarflow.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sahakarflow.system.InvalidInputException.FieldProblem;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * What a start form or a task form may write: exactly the fields of its form in {@code forms/},
 * each held to the checks the form declares, whatever the browser did or did not check. Case facts
 * (who applied, who registered, where the case belongs) are never a form's to write after the
 * start; they come from the signed-in user and the case itself.
 */
@Component
public class FormContract {

  /** Variables only Sahakar Flow sets; a caller naming one is refused with this reason. */
  static final Set<String> CASE_FACTS = Set.of("applicantId", "registeredBy", "stateCode",
      "districtCode", "multiState", "applicationNumber", "registrationNumber", "nationalSociety");

  private static final Pattern DATE = Pattern.compile(
      "\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})?)?");
  private static final int LONGEST_TEXT = 4000;
  private static final Set<String> NUMBER_TYPES = Set.of("Integer", "Long", "Short", "Double");
  private static final Set<String> KNOWN_TYPES = Set.of("String", "Boolean", "Integer", "Long",
      "Short", "Double", "Json", "File", "Null");

  private final Map<String, Map<String, FormField>> forms;
  private final ObjectMapper json;

  FormContract(ObjectMapper json) throws IOException {
    this.json = json;
    this.forms = load(json);
  }

  /**
   * The problems of a submission ({@code variables} in the engine REST shape) to a form named by
   * a form reference id or an embedded form key; a form not in {@code forms/} takes nothing.
   */
  public List<FieldProblem> check(String form, JsonNode variables) {
    Map<String, FormField> fields = fields(form).orElse(Map.of());
    List<FieldProblem> problems = new ArrayList<>();
    if (variables != null && !variables.isNull() && !variables.isObject()) {
      return List.of(new FieldProblem("variables", "must be an object of named values"));
    }
    Map<String, JsonNode> given = new LinkedHashMap<>();
    if (variables != null) {
      variables.fields().forEachRemaining(e -> given.put(e.getKey(), e.getValue()));
    }
    for (Map.Entry<String, JsonNode> entry : given.entrySet()) {
      FormField field = fields.get(entry.getKey());
      if (field == null) {
        problems.add(new FieldProblem(entry.getKey(), CASE_FACTS.contains(entry.getKey())
            ? "is a fact of the case that Sahakar Flow records; no form may set it"
            : "is not a field of this form"));
      } else {
        checkValue(field, entry.getValue(), problems);
      }
    }
    for (FormField field : fields.values()) {
      if (field.required() && isEmpty(given.get(field.key()))) {
        problems.add(new FieldProblem(field.key(), "is required"));
      }
    }
    return problems;
  }

  boolean knows(String form) {
    return fields(form).isPresent();
  }

  private Optional<Map<String, FormField>> fields(String form) {
    if (form == null) {
      return Optional.empty();
    }
    String name = form.startsWith("embedded:") ? form.substring(form.lastIndexOf(':') + 1) : form;
    return Optional.ofNullable(forms.get(name));
  }

  private void checkValue(FormField field, JsonNode variable, List<FieldProblem> problems) {
    String key = field.key();
    if (!variable.isObject()) {
      problems.add(new FieldProblem(key, "must be given as {\"value\": ..., \"type\": ...}"));
      return;
    }
    JsonNode value = variable.path("value");
    JsonNode typeNode = variable.path("type");
    if (!typeNode.isMissingNode() && !typeNode.isNull() && !KNOWN_TYPES.contains(typeNode.asText())) {
      problems.add(new FieldProblem(key, "has an unknown value type '" + typeNode.asText() + "'"));
      return;
    }
    String type = typeNode.asText("");
    if (value.isMissingNode() || value.isNull()) {
      if (field.kind() == FormField.Kind.FILE) {
        problems.add(new FieldProblem(key, "must be an uploaded file"));
      }
      return;
    }
    String problem = switch (field.kind()) {
      case NUMBER -> number(field, value, type);
      case BOOLEAN -> value.isBoolean() && (type.isEmpty() || type.equals("Boolean")) ? null
          : "must be true or false";
      case CHOICES -> choices(field, value, type);
      case FILE -> file(key, variable, value, type);
      default -> text(field, value, type);
    };
    if (problem != null) {
      problems.add(new FieldProblem(key, problem));
    }
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

  private String choices(FormField field, JsonNode value, String type) {
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

  private static boolean isEmpty(JsonNode variable) {
    if (variable == null || !variable.isObject()) {
      return true;
    }
    JsonNode value = variable.path("value");
    return value.isMissingNode() || value.isNull() || (value.isTextual() && value.asText().isBlank());
  }

  private static Map<String, Map<String, FormField>> load(ObjectMapper json) throws IOException {
    Map<String, Map<String, FormField>> forms = new HashMap<>();
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    for (Resource resource : resolver.getResources("classpath*:forms/*.form")) {
      try (InputStream in = resource.getInputStream()) {
        JsonNode schema = json.readTree(in);
        forms.put(schema.path("id").asText(), byKey(FormField.ofSchema(schema)));
      }
    }
    for (Resource resource : resolver.getResources("classpath*:forms/*.html")) {
      try (InputStream in = resource.getInputStream()) {
        forms.put("forms/" + resource.getFilename(),
            byKey(FormField.ofEmbeddedForm(new String(in.readAllBytes(), StandardCharsets.UTF_8))));
      }
    }
    return Map.copyOf(forms);
  }

  private static Map<String, FormField> byKey(List<FormField> fields) {
    Map<String, FormField> byKey = new LinkedHashMap<>();
    fields.forEach(f -> byKey.put(f.key(), f));
    return byKey;
  }
}
