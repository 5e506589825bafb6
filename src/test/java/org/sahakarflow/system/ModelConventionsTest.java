package org.sahakarflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.junit.jupiter.api.Test;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.StepIds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The conventions every model in bpmn/ and form in forms/ keeps, checked over the files themselves. */
@SahakarTest
class ModelConventionsTest {

  static final Pattern BEAN = Pattern.compile("\\$\\{(\\w+)(?:\\.\\w+\\(execution(?:, '([\\w-]+)')?\\))?}");
  static final Pattern FORM_REF = Pattern.compile("formRef=\"([\\w-]+)\"");

  @Autowired
  ApplicationContext context;
  @Autowired
  RepositoryService repository;

  @Test
  void fileNameIsTheProcessIdAndEveryProcessHasAHistoryTimeToLive() throws IOException {
    for (Path file : files("bpmn", ".bpmn")) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      Process process = model.getModelElementsByType(Process.class).iterator().next();
      assertThat(file.getFileName().toString()).isEqualTo(process.getId() + ".bpmn");
      assertThat(process.getCamundaHistoryTimeToLiveString()).as(file.toString()).isNotBlank();
      model.getModelElementsByType(FlowNode.class).stream()
          .filter(node -> !(node.getIncoming().size() > 1 && node.getOutgoing().size() == 1))
          .forEach(node -> assertThat(node.getName()).as(file + " " + node.getId() + " needs a name").isNotBlank());
    }
  }

  @Test
  void everyUserTaskHasSomeoneToDoItAFormAndAnSla() throws IOException {
    for (Path file : files("bpmn", ".bpmn")) {
      for (UserTask task : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(UserTask.class)) {
        String where = file.getFileName() + " " + task.getId();
        assertThat(task.getCamundaCandidateGroups() != null || task.getCamundaCandidateUsers() != null)
            .as(where + " has candidates").isTrue();
        assertThat(task.getCamundaFormRef() != null || task.getCamundaFormKey() != null)
            .as(where + " has a form").isTrue();
        List<String> listeners = task.getExtensionElements().getElementsQuery()
            .filterByType(CamundaTaskListener.class).list().stream()
            .map(CamundaTaskListener::getCamundaDelegateExpression).toList();
        assertThat(listeners).as(where + " has an SLA due date").contains("${slaTask}");
      }
    }
  }

  @Test
  void everyDelegateExpressionNamesABeanAndEveryServiceTaskUsesOne() throws IOException {
    List<String> missing = new ArrayList<>();
    for (Path file : files("bpmn", ".bpmn")) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
        assertThat(task.getCamundaDelegateExpression()).as(file + " " + task.getId()).isNotBlank();
        assertThat(task.getCamundaClass()).isNull();
      }
      Matcher beans = BEAN.matcher(Files.readString(file));
      while (beans.find()) {
        String bean = beans.group(1);
        if (!isVariable(bean) && !context.containsBean(bean)) {
          missing.add(file.getFileName() + ": " + bean);
        }
        // a step named in the expression (e.g. the task a reply date is for) exists in the model
        if (beans.group(2) != null && !(model.getModelElementById(beans.group(2)) instanceof UserTask)) {
          missing.add(file.getFileName() + ": " + beans.group(0) + " names no user task");
        }
      }
      model.getModelElementsByType(CamundaExecutionListener.class).forEach(listener ->
          assertThat(listener.getCamundaClass()).isNull());
    }
    assertThat(missing).as("beans named by the models").isEmpty();
  }

  @Test
  void everyFormIsDeployedAndEveryFormRefResolves() throws IOException {
    String deployment = repository.createDeploymentQuery().deploymentName("sahakar-flow")
        .orderByDeploymentTime().desc().list().get(0).getId();
    List<String> deployed = repository.getDeploymentResourceNames(deployment);
    List<String> formIds = new ArrayList<>();
    for (Path form : files("forms", ".form")) {
      assertThat(deployed).contains("forms/" + form.getFileName());
      Matcher id = Pattern.compile("\"id\": \"([\\w-]+)\"").matcher(Files.readString(form));
      assertThat(id.find()).isTrue();
      assertThat(form.getFileName().toString()).isEqualTo(id.group(1) + ".form");
      formIds.add(id.group(1));
    }
    for (Path file : files("bpmn", ".bpmn")) {
      Matcher ref = FORM_REF.matcher(Files.readString(file));
      while (ref.find()) {
        assertThat(formIds).as(file.getFileName() + " formRef").contains(ref.group(1));
      }
    }
    assertThat(deployed).contains("forms/upload-documents.html");
  }

  private static boolean isVariable(String name) {
    return List.of("districtCode", "stateCode", "applicantId", "escalationGroup", "eligible",
        "execution", "nationalSociety").contains(name);
  }

  private static List<Path> files(String dir, String suffix) throws IOException {
    try (Stream<Path> paths = Files.list(Path.of(dir))) {
      return paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }

  @Test
  void everyStepIdTheTestsUseIsAnIdOfAModel() throws IOException, IllegalAccessException {
    StringBuilder models = new StringBuilder();
    try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        models.append(Files.readString(file));
      }
    }
    for (java.lang.reflect.Field constant : StepIds.class.getFields()) {
      String id = (String) constant.get(null);
      assertThat(models.toString()).as("StepIds." + constant.getName()).contains("id=\"" + id + "\"");
    }
  }
}
