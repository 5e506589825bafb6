package org.sahakarflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sahakarflow.system.FormContract;
import org.sahakarflow.system.InvalidInputException.FieldProblem;

/**
 * Walks every form in {@code forms/}: a submission its fields describe is taken, and each way of
 * leaving the form's contract (a stray or case-fact variable, a required field left out, markup or
 * a link in text, a number out of range, an option not offered) is refused naming the field.
 */
class FormContractTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** A value matching each pattern the forms use; a new pattern needs its sample here. */
  private static final Map<String, String> PATTERN_SAMPLES = Map.of(
      "^[6-9][0-9]{9}$", "9876543210",
      "^[A-Z]{2}-[A-Z]{3}-[A-Z]+-[0-9]{4}-[0-9]{6}$", "RJ-UDR-MPACS-2026-000001",
      "^[A-Za-z0-9\\-\\/]*$", "CBC/2026-1",
      "^[A-Za-z0-9\\-]*$", "UDR-001",
      "^[A-Za-z0-9/-]+$", "RJ-HH-0001",
      "^[^<>]*$", "Kheda Seva Sahakari Samiti");

  private final FormContract contract;

  FormContractTest() throws IOException {
    contract = newContract();
  }

  private static FormContract newContract() throws IOException {
    try {
      var constructor = FormContract.class.getDeclaredConstructor(ObjectMapper.class);
      constructor.setAccessible(true);
      return constructor.newInstance(JSON);
    } catch (ReflectiveOperationException e) {
      throw new IOException(e);
    }
  }

  private static List<JsonNode> schemas() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      List<JsonNode> schemas = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).sorted().toList()) {
        schemas.add(JSON.readTree(file.toFile()));
      }
      return schemas;
    }
  }

  /** The keyed fields; a dynamic list is one field (its rows' fields are checked within it). */
  private static List<JsonNode> fields(JsonNode node) {
    List<JsonNode> fields = new ArrayList<>();
    for (JsonNode component : node.path("components")) {
      if (isRows(component)) {
        fields.add(component);
        continue;
      }
      if (component.hasNonNull("key")) {
        fields.add(component);
      }
      fields.addAll(fields(component));
    }
    return fields;
  }

  private static boolean isRows(JsonNode component) {
    return component.path("type").asText().equals("dynamiclist");
  }

  private static String key(JsonNode field) {
    return isRows(field) ? field.path("path").asText() : field.path("key").asText();
  }

  /** One row of a dynamic list, each of its fields holding a value it accepts, as Tasklist sends it. */
  private static ObjectNode validRows(JsonNode list) {
    ObjectNode row = JSON.createObjectNode();
    fields(list).forEach(field -> row.set(key(field), valid(field).get("value")));
    return JSON.createObjectNode().put("value", JSON.createArrayNode().add(row).toString()).put("type", "Json");
  }

  /** A value the field accepts, in the engine REST's variable shape. */
  private static ObjectNode valid(JsonNode field) {
    ObjectNode variable = JSON.createObjectNode();
    JsonNode validate = field.path("validate");
    switch (field.path("type").asText()) {
      case "dynamiclist" -> {
        return validRows(field);
      }
      case "number" -> variable.put("value", validate.has("min") ? validate.get("min").asDouble() + 1 : 1)
          .put("type", "Double");
      case "checkbox" -> variable.put("value", true).put("type", "Boolean");
      case "select", "radio" -> variable.put("value", field.path("values").get(0).path("value").asText())
          .put("type", "String");
      case "checklist", "taglist" -> variable.put("value", "[\"" + field.path("values").get(0).path("value").asText() + "\"]")
          .put("type", "Json");
      case "datetime" -> variable.put("value", "2026-12-03").put("type", "String");
      default -> {
        String pattern = validate.path("pattern").asText("");
        String text = pattern.isEmpty() ? "Checked on site (block office)" : PATTERN_SAMPLES.get(pattern);
        assertThat(text).as("a sample for pattern " + pattern + " of " + field.path("key")).isNotNull();
        variable.put("value", text).put("type", "String");
      }
    }
    return variable;
  }

  private static ObjectNode validSubmission(JsonNode schema) {
    ObjectNode variables = JSON.createObjectNode();
    fields(schema).forEach(field -> variables.set(key(field), valid(field)));
    return variables;
  }

  /** The fields refused; a dynamic list's row problem ({@code promoters[0].name}) counts for the list. */
  private List<String> refused(String form, ObjectNode variables) {
    return contract.check(form, variables).stream().map(FieldProblem::field)
        .map(field -> field.replaceFirst("\\[\\d+\\].*$", "")).distinct().toList();
  }

  @Test
  void everyFormTakesWhatItsFieldsDescribeAndNothingElse() throws IOException {
    List<JsonNode> schemas = schemas();
    assertThat(schemas).hasSizeGreaterThanOrEqualTo(30);
    for (JsonNode schema : schemas) {
      String form = schema.path("id").asText();
      ObjectNode submission = validSubmission(schema);
      assertThat(contract.check(form, submission)).as(form).isEmpty();

      assertThat(refused(form, submission.deepCopy().set("surprise", valid(JSON.createObjectNode()))))
          .as(form).containsExactly("surprise");
      ObjectNode forged = submission.deepCopy();
      forged.set("applicantId", JSON.createObjectNode().put("value", "someone.else"));
      assertThat(contract.check(form, forged)).as(form)
          .extracting(FieldProblem::reason).anyMatch(r -> r.contains("fact of the case"));
    }
  }

  @Test
  void everyFieldOfEveryFormHoldsItsOwnChecks() throws IOException {
    for (JsonNode schema : schemas()) {
      String form = schema.path("id").asText();
      for (JsonNode field : fields(schema)) {
        String key = key(field);
        String type = field.path("type").asText();
        JsonNode validate = field.path("validate");
        ObjectNode submission = validSubmission(schema);
        if (validate.path("required").asBoolean() && !field.has("conditional")) {
          submission.remove(key);
          assertThat(refused(form, submission)).as(form + "." + key + " missing").containsExactly(key);
          submission = validSubmission(schema);
        }
        ObjectNode bad = switch (type) {
          case "number" -> validate.has("min")
              ? JSON.createObjectNode().put("value", validate.get("min").asDouble() - 1).put("type", "Double")
              : JSON.createObjectNode().put("value", "12").put("type", "String");
          case "checkbox" -> JSON.createObjectNode().put("value", "yes").put("type", "String");
          case "select", "radio", "checklist", "taglist" -> JSON.createObjectNode().put("value", "NOT-OFFERED").put("type", "String");
          case "dynamiclist" -> JSON.createObjectNode().put("value", "[{\"surprise\": \"x\"}]").put("type", "Json");
          default -> JSON.createObjectNode().put("value", "[Pay here](https://evil.example) <b>").put("type", "String");
        };
        submission.set(key, bad);
        assertThat(refused(form, submission)).as(form + "." + key + " = " + bad).containsExactly(key);
      }
    }
  }

  @Test
  void thePromoterRowsHoldEachRowToItsFields() {
    ObjectNode submission = validSubmission(schemaOf("registration-application"));
    String row = "{\"name\": \"Kailash Meena\", \"householdId\": \"RJ-HH-1\", \"village\": \"Kheda\", \"sharesSubscribed\": 10}";
    submission.set("promoters", JSON.createObjectNode().put("value", "[" + row + "," + row + "]").put("type", "Json"));
    assertThat(contract.check("registration-application", submission)).isEmpty();

    String wrong = "[" + row + ", {\"name\": \"<b>Kailash</b>\", \"householdId\": \"RJ HH 2!\", \"village\": \"Kheda\","
        + " \"sharesSubscribed\": -1, \"stateCode\": \"XX\", \"applicantId\": \"someone.else\"},"
        + " {\"householdId\": \"RJ-HH-3\", \"village\": \"Kheda\", \"sharesSubscribed\": \"ten\"}, 7]";
    submission.set("promoters", JSON.createObjectNode().put("value", wrong).put("type", "Json"));
    assertThat(contract.check("registration-application", submission)).extracting(FieldProblem::field)
        .containsExactlyInAnyOrder("promoters[1].name", "promoters[1].householdId", "promoters[1].sharesSubscribed",
            "promoters[1].stateCode", "promoters[1].applicantId", "promoters[2].sharesSubscribed", "promoters[2].name",
            "promoters[3]");

    submission.set("promoters", JSON.createObjectNode().put("value", "Kailash Meena; RJ-HH-1; Kheda; 10").put("type", "String"));
    assertThat(refused("registration-application", submission)).containsExactly("promoters");
  }

  private static JsonNode schemaOf(String form) {
    try {
      return schemas().stream().filter(s -> s.path("id").asText().equals(form)).findFirst().orElseThrow();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void theEmbeddedBylawSubmissionTakesItsFourFilesOnly() {
    String form = "embedded:deployment:forms/bylaw-submission.html";
    ObjectNode files = JSON.createObjectNode();
    for (String name : List.of("resolutionDocument", "meetingNoticeDocument", "presidingOfficerCertificateDocument",
        "amendedTextDocument")) {
      files.set(name, JSON.createObjectNode().put("value", "JVBERi0xLjQ=").put("type", "File"));
    }
    assertThat(contract.check(form, files)).isEmpty();
    files.set("resolutionDocument", JSON.createObjectNode().put("value", "text").put("type", "String"));
    files.set("voteSummary", JSON.createObjectNode().put("value", "all in favour").put("type", "String"));
    assertThat(refused(form, files)).containsExactlyInAnyOrder("resolutionDocument", "voteSummary");
  }

  @Test
  void theEmbeddedUploadFormTakesItsThreeFilesOnly() {
    String form = "embedded:deployment:forms/upload-documents.html";
    ObjectNode files = JSON.createObjectNode();
    for (String name : List.of("byeLawsDocument", "promoterListDocument", "bankCertificateDocument")) {
      files.set(name, JSON.createObjectNode().put("value", "JVBERi0xLjQ=").put("type", "File"));
    }
    assertThat(contract.check(form, files)).isEmpty();
    files.set("byeLawsDocument", JSON.createObjectNode().put("value", "text").put("type", "String"));
    files.set("societyName", JSON.createObjectNode().put("value", "New name").put("type", "String"));
    assertThat(refused(form, files)).containsExactlyInAnyOrder("byeLawsDocument", "societyName");
  }

  /**
   * Every form's contract against 2,000 mutated submissions each (the fuzz test's mutations, so
   * the engine REST's own fuzzing of a few task forms covers the rest through this): it never
   * throws, and whatever it accepts holds only the form's own fields, each with a value of its kind.
   */
  @Test
  void everyFormsContractHoldsUnderTwoThousandMutatedSubmissions() throws IOException {
    for (JsonNode schema : schemas()) {
      String form = schema.path("id").asText();
      List<String> keys = fields(schema).stream().map(FormContractTest::key).toList();
      String valid = JSON.writeValueAsString(JSON.createObjectNode().set("variables", validSubmission(schema)));
      BodyMutator mutator = new BodyMutator(form.hashCode());
      int accepted = 0;
      for (int i = 0; i < 2_000; i++) {
        String body = mutator.mutate(valid);
        JsonNode variables;
        try {
          variables = JSON.readTree(body).path("variables");
        } catch (IOException unreadable) {
          continue;
        }
        List<FieldProblem> problems = contract.check(form, variables.isMissingNode() ? null : variables);
        if (problems.isEmpty() && variables.isObject()) {
          accepted++;
          variables.fieldNames().forEachRemaining(name ->
              assertThat(keys).as(form + " accepted " + body).contains(name));
        }
      }
      assertThat(accepted).as(form + ": some mutations keep the submission valid").isLessThan(2_000);
    }
  }
}
