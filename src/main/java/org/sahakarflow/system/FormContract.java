package org.sahakarflow.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        problems.add(new FieldProblem(entry.getKey(), CaseVariables.CASE_FACTS.contains(entry.getKey())
            ? "is a fact of the case that Sahakar Flow records; no form may set it"
            : "is not a field of this form"));
      } else if (field.kind() == FormField.Kind.ROWS) {
        problems.addAll(FormValues.rowProblems(field, entry.getValue(), json));
      } else {
        String problem = FormValues.problem(field, entry.getValue(), json);
        if (problem != null) {
          problems.add(new FieldProblem(entry.getKey(), problem));
        }
      }
    }
    for (FormField field : fields.values()) {
      if (field.required() && FormValues.isEmpty(given.get(field.key()))) {
        problems.add(new FieldProblem(field.key(), "is required"));
      }
    }
    return problems;
  }

  private Optional<Map<String, FormField>> fields(String form) {
    if (form == null) {
      return Optional.empty();
    }
    String name = form.startsWith("embedded:") ? form.substring(form.lastIndexOf(':') + 1) : form;
    return Optional.ofNullable(forms.get(name));
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
