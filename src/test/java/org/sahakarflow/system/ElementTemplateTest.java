package org.sahakarflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.CAMUNDA_NS;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * The SLA element templates in {@code .camunda/element-templates/} are the one definition of the
 * reminder and escalation every user task carries: a marked element must hold what its template
 * fixes, including what Camunda 7 templates cannot set and so keep under {@code metadata} (task
 * listeners, timers), and an element built by hand to the same shape must say so by its mark.
 */
class ElementTemplateTest {

  static final String USER_TASK = "org.sahakarflow.sla.UserTask";
  static final String REMINDER_TIMER = "org.sahakarflow.sla.ReminderTimer";
  static final String SEND_REMINDER = "org.sahakarflow.sla.SendReminder";
  static final String DUE_TIMER = "org.sahakarflow.sla.DueTimer";
  static final String ESCALATE = "org.sahakarflow.sla.EscalateOverdueTask";
  static final String NOTIFY_ESCALATION = "org.sahakarflow.sla.NotifyEscalation";

  private static List<BpmnModelInstance> models;

  @Test
  void everyTemplateIsACamundaSevenTemplateAndEveryMarkNamesOne() throws IOException {
    Map<String, JsonNode> templates = templates();
    assertThat(templates).containsKeys(USER_TASK, REMINDER_TIMER, SEND_REMINDER, DUE_TIMER, ESCALATE,
        NOTIFY_ESCALATION);
    templates.values().forEach(t -> assertThat(t.path("$schema").asText()).as(t.path("id").asText())
        .isEqualTo("https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json"));
    for (BaseElement element : marked()) {
      JsonNode template = templates.get(mark(element));
      assertThat(template).as(where(element) + " names a template").isNotNull();
      assertThat(element.getAttributeValueNs(CAMUNDA_NS, "modelerTemplateVersion")).as(where(element))
          .isEqualTo(template.path("version").asText());
    }
  }

  @Test
  void everyMarkedElementHoldsWhatItsTemplateFixes() throws IOException {
    Map<String, JsonNode> templates = templates();
    List<String> problems = new ArrayList<>();
    for (BaseElement element : marked()) {
      JsonNode template = templates.get(mark(element));
      if (template != null) {
        Stream.concat(ElementTemplates.fixedProblems(element, template).stream(),
            ElementTemplates.inputProblems(element, template).stream())
            .forEach(p -> problems.add(where(element) + ": " + p));
      }
    }
    assertThat(problems).isEmpty();
  }

  /** Otherwise a copy built by hand would escape the check above and drift from the definition. */
  @Test
  void everyElementOfATemplatesShapeIsMarkedWithIt() throws IOException {
    Map<String, JsonNode> templates = templates();
    List<String> unmarked = new ArrayList<>();
    for (BpmnModelInstance model : models()) {
      for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
        templates.forEach((id, template) -> {
          if (!id.equals(mark(element)) && ElementTemplates.fixedProblems(element, template).isEmpty()) {
            unmarked.add(where(element) + " is built as " + id);
          }
        });
      }
      model.getModelElementsByType(UserTask.class).stream().filter(t -> !USER_TASK.equals(mark(t)))
          .forEach(t -> unmarked.add(where(t) + " is a user task without the SLA template"));
    }
    assertThat(unmarked).isEmpty();
  }

  /** What a template cannot say: which task its timer is on, and so whom it reminds or escalates. */
  @Test
  void remindersAndEscalationsNameTheTaskTheirTimerIsOn() throws IOException {
    List<String> problems = new ArrayList<>();
    for (BpmnModelInstance model : models()) {
      for (BoundaryEvent timer : model.getModelElementsByType(BoundaryEvent.class)) {
        FlowNode task = timer.getAttachedTo();
        if (REMINDER_TIMER.equals(mark(timer))) {
          FlowNode remind = next(timer);
          if (isA(problems, remind, SEND_REMINDER)) {
            expect(problems, remind, ElementTemplates.property(remind, "taskName"), task.getName());
            String to = ElementTemplates.property(remind, "noticeTo");
            if (to != null && !to.isBlank()) {
              expect(problems, remind, to, "task:" + task.getId());
            }
            expect(problems, remind, next(remind) instanceof EndEvent, true);
          }
        } else if (DUE_TIMER.equals(mark(timer))) {
          FlowNode escalate = next(timer);
          FlowNode notify = next(escalate);
          if (isA(problems, escalate, ESCALATE) && isA(problems, notify, NOTIFY_ESCALATION)) {
            expect(problems, escalate, ElementTemplates.input(escalate, "step"), task.getId());
            expect(problems, notify, ElementTemplates.property(notify, "taskName"), task.getName());
            expect(problems, notify, next(notify) instanceof EndEvent, true);
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  private static FlowNode next(FlowNode node) {
    return node != null && node.getOutgoing().size() == 1
        ? node.getOutgoing().iterator().next().getTarget() : null;
  }

  private static boolean isA(List<String> problems, FlowNode node, String template) {
    if (node == null || !template.equals(mark(node))) {
      problems.add((node == null ? "(no single next step)" : where(node)) + " should be a " + template);
      return false;
    }
    return true;
  }

  private static void expect(List<String> problems, FlowNode node, Object actual, Object expected) {
    if (!Objects.equals(actual, expected)) {
      problems.add(where(node) + ": " + actual + ", expected " + expected);
    }
  }

  private static String mark(BaseElement element) {
    return element.getAttributeValueNs(CAMUNDA_NS, "modelerTemplate");
  }

  private static String where(BaseElement element) {
    Process process = element.getModelInstance().getModelElementsByType(Process.class).iterator().next();
    return process.getId() + " " + element.getId();
  }

  private static List<BaseElement> marked() throws IOException {
    return models().stream().flatMap(m -> m.getModelElementsByType(BaseElement.class).stream())
        .filter(e -> mark(e) != null).toList();
  }

  private static Map<String, JsonNode> templates() throws IOException {
    return ElementTemplates.load(Path.of(".camunda", "element-templates"));
  }

  private static List<BpmnModelInstance> models() throws IOException {
    if (models == null) {
      models = files(Path.of("bpmn"), ".bpmn").stream().map(f -> Bpmn.readModelFromFile(f.toFile())).toList();
    }
    return models;
  }

  private static List<Path> files(Path dir, String suffix) throws IOException {
    try (Stream<Path> paths = Files.list(dir)) {
      return paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }
}
