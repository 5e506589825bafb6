package org.sahakarflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.Test;

/** Every send-notice step in bpmn/ names a notice that exists, as a property, not a variable. */
class NoticeStepsTest {

  @Test
  void everyNoticeStepNamesAKnownNoticeInItsProperties() throws IOException {
    int steps = 0;
    try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
        for (ServiceTask task : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(ServiceTask.class)) {
          if (!"${sendNotice}".equals(task.getCamundaDelegateExpression())) {
            continue;
          }
          steps++;
          String where = file.getFileName() + " " + task.getId();
          assertThat(task.getExtensionElements().getElementsQuery().filterByType(CamundaInputOutput.class).list())
              .as(where + " keeps its values out of the case's variables").isEmpty();
          Map<String, String> properties = task.getExtensionElements().getElementsQuery()
              .filterByType(CamundaProperties.class).list().stream()
              .flatMap(p -> p.getCamundaProperties().stream())
              .collect(Collectors.toMap(CamundaProperty::getCamundaName, CamundaProperty::getCamundaValue));
          assertThatCode(() -> Notice.of(properties.get(SendNoticeDelegate.NOTICE))).as(where).doesNotThrowAnyException();
          String to = properties.getOrDefault(SendNoticeDelegate.NOTICE_TO, NoticeRecipients.APPLICANT);
          assertThat(List.of(NoticeRecipients.APPLICANT, NoticeRecipients.TASK, NoticeRecipients.GROUP).stream()
              .anyMatch(to::startsWith)).as(where + " sends to " + to).isTrue();
        }
      }
    }
    assertThat(steps).isGreaterThan(90);
  }
}
