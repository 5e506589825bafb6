package org.sahakarflow.system;

import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.CAMUNDA_NS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.bpm.model.xml.type.ModelElementType;

/**
 * Camunda 7 element templates read as a model test needs them: what a template fixes (its hidden
 * properties, and under {@code metadata} the task listeners and timers that such templates cannot
 * bind) and what it asks of the values a modeller types in (its constraints).
 */
final class ElementTemplates {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ElementTemplates() {
  }

  /** The templates of a folder by id; a file holds one template or an array of them. */
  static Map<String, JsonNode> load(Path folder) throws IOException {
    Map<String, JsonNode> templates = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        JsonNode node = JSON.readTree(file.toFile());
        for (JsonNode template : node.isArray() ? node : JSON.createArrayNode().add(node)) {
          if (templates.put(template.path("id").asText(), template) != null) {
            throw new IllegalStateException(file + ": template id " + template.path("id") + " used twice");
          }
        }
      }
    }
    return templates;
  }

  /** How the element differs from what the template fixes; empty if it has the template's shape. */
  static List<String> fixedProblems(BaseElement element, JsonNode template) {
    List<String> types = new ArrayList<>();
    for (ModelElementType type = element.getElementType(); type != null; type = type.getBaseType()) {
      String name = type.getTypeName();
      types.add("bpmn:" + Character.toUpperCase(name.charAt(0)) + name.substring(1));
    }
    if (items(template.path("appliesTo")).noneMatch(t -> types.contains(t.asText()))) {
      return List.of("is not a " + template.path("appliesTo"));
    }
    List<String> problems = new ArrayList<>();
    items(template.path("properties")).filter(p -> p.path("type").asText().equals("Hidden")).forEach(p -> {
      String actual = bound(element, p.path("binding"));
      if (!p.path("value").asText().equals(actual)) {
        problems.add(p.path("binding") + " is " + actual + ", not " + p.path("value").asText());
      }
    });
    for (JsonNode listener : template.path("metadata").path("taskListeners")) {
      if (extensions(element, CamundaTaskListener.class).noneMatch(l ->
          listener.path("event").asText().equals(l.getCamundaEvent())
              && listener.path("delegateExpression").asText().equals(l.getCamundaDelegateExpression()))) {
        problems.add("lacks the task listener " + listener);
      }
    }
    JsonNode timer = template.path("metadata").path("timer");
    if (!timer.isMissingNode() && !timer.equals(timer(element))) {
      problems.add("has the timer " + timer(element) + ", not " + timer);
    }
    return problems;
  }

  /** How the values a modeller typed in break the template's constraints (notEmpty, pattern). */
  static List<String> inputProblems(BaseElement element, JsonNode template) {
    List<String> problems = new ArrayList<>();
    for (JsonNode property : template.path("properties")) {
      JsonNode constraints = property.path("constraints");
      String value = bound(element, property.path("binding"));
      if (constraints.path("notEmpty").asBoolean() && (value == null || value.isEmpty())) {
        problems.add(property.path("binding") + " is empty");
      }
      JsonNode pattern = constraints.path("pattern");
      String regex = pattern.isObject() ? pattern.path("value").asText() : pattern.asText(null);
      if (regex != null && !(value == null ? "" : value).matches(regex)) {
        problems.add(property.path("binding") + " '" + value + "' does not match " + regex);
      }
    }
    return problems;
  }

  static String property(BaseElement element, String name) {
    return extensions(element, CamundaProperties.class).flatMap(p -> p.getCamundaProperties().stream())
        .filter(p -> name.equals(p.getCamundaName())).findFirst()
        .map(CamundaProperty::getCamundaValue).orElse(null);
  }

  static String input(BaseElement element, String name) {
    return extensions(element, CamundaInputOutput.class)
        .flatMap(io -> io.getCamundaInputParameters().stream())
        .filter(p -> name.equals(p.getCamundaName())).findFirst()
        .map(CamundaInputParameter::getTextContent).orElse(null);
  }

  private static String bound(BaseElement element, JsonNode binding) {
    String name = binding.path("name").asText();
    return switch (binding.path("type").asText()) {
      case "property" -> name.startsWith("camunda:")
          ? element.getAttributeValueNs(CAMUNDA_NS, name.substring("camunda:".length()))
          : element.getAttributeValue(name);
      case "camunda:property" -> property(element, name);
      case "camunda:inputParameter" -> input(element, name);
      default -> throw new IllegalStateException("a binding the model test does not read yet: " + binding);
    };
  }

  /** A boundary timer as the templates' metadata writes it ({"timeCycle": "${...}"}), else null. */
  private static JsonNode timer(BaseElement element) {
    if (!(element instanceof BoundaryEvent event)) {
      return null;
    }
    return event.getEventDefinitions().stream().filter(TimerEventDefinition.class::isInstance)
        .map(TimerEventDefinition.class::cast).findFirst().map(t -> {
          Map<String, String> timer = new LinkedHashMap<>();
          put(timer, "timeCycle", t.getTimeCycle());
          put(timer, "timeDate", t.getTimeDate());
          put(timer, "timeDuration", t.getTimeDuration());
          return (JsonNode) JSON.valueToTree(timer);
        }).orElse(null);
  }

  private static void put(Map<String, String> timer, String kind, ModelElementInstance expression) {
    if (expression != null) {
      timer.put(kind, expression.getTextContent().strip());
    }
  }

  private static <T extends ModelElementInstance> Stream<T> extensions(BaseElement element, Class<T> type) {
    return element.getExtensionElements() == null ? Stream.empty()
        : element.getExtensionElements().getElementsQuery().filterByType(type).list().stream();
  }

  private static Stream<JsonNode> items(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false);
  }
}
