package org.sahakarflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
import org.sahakarflow.identity.Groups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The conventions every model in bpmn/ and form in forms/ keeps, checked over the files themselves. */
@SahakarTest
class ModelConventionsTest {

  static final Pattern BEAN = Pattern.compile("\\$\\{(\\w+)(?:\\.\\w+\\(execution(?:, '([\\w-]+)')?\\))?}");
  static final Pattern FORM_REF = Pattern.compile("formRef=\"([\\w-]+)\"");
  static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
  /** A name read as a variable: getVariable('name'), or a bare name not called, dereferenced or quoted. */
  static final Pattern VARIABLE_READ = Pattern.compile(
      "getVariable\\('(\\w+)'\\)|(?<![.'\\w])([a-zA-Z]\\w*)(?![\\w(.'])(?!\\s*\\()");
  static final Pattern ROUTED_GROUP = Pattern.compile("([\\w-]+):\\$\\{(\\w+)}");

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

  @Test
  void everyVariableAModelReadsIsNamedInAVocabulary() throws IOException {
    List<String> unnamed = new ArrayList<>();
    for (Path file : files("bpmn", ".bpmn")) {
      Matcher expression = EXPRESSION.matcher(Files.readString(file));
      while (expression.find()) {
        Matcher read = VARIABLE_READ.matcher(expression.group(1));
        while (read.find()) {
          String name = read.group(1) != null ? read.group(1) : read.group(2);
          if (!isVariable(name) && !context.containsBean(name)) {
            unnamed.add(file.getFileName() + ": " + name + " in " + expression.group());
          }
        }
      }
    }
    assertThat(unnamed).as("variables the models read that no vocabulary class names").isEmpty();
  }

  @Test
  void everyStepGoesToARoutedRoleOfTheCaseOrToItsApplicant() throws IOException {
    for (Path file : files("bpmn", ".bpmn")) {
      for (UserTask task : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(UserTask.class)) {
        if (task.getCamundaCandidateGroups() == null) {
          assertThat(task.getCamundaCandidateUsers()).as(file.getFileName() + " " + task.getId() + " is the applicant's")
              .isEqualTo("${" + CaseVariables.APPLICANT_ID + "}");
          continue;
        }
        if (task.getCamundaCandidateGroups().equals("${registeringOfficers.groupOf(execution)}")) {
          // the district group of whoever registers the society's type in its State (functional registrars)
          continue;
        }
        Matcher group = ROUTED_GROUP.matcher(task.getCamundaCandidateGroups());
        assertThat(group.matches()).as(file.getFileName() + " " + task.getId() + " candidate group").isTrue();
        Groups.Role role = Groups.Role.ofPrefix(group.group(1));
        String scope = switch (role.scope()) {
          case DISTRICT -> CaseVariables.DISTRICT_CODE;
          case STATE -> CaseVariables.STATE_CODE;
          case NATIONAL_SOCIETY -> CaseVariables.NATIONAL_SOCIETY;
        };
        assertThat(group.group(2)).as(file.getFileName() + " " + task.getId() + " routes by").isEqualTo(scope);
      }
    }
  }

  /** The vocabulary classes: the shared case variables and each process's own. */
  private static final Set<String> VOCABULARY = vocabulary(CaseVariables.class.getName(),
      "org.sahakarflow.sla.SlaVariables", "org.sahakarflow.registration.RegistrationVariables",
      "org.sahakarflow.bylaws.BylawAdoption", "org.sahakarflow.credit.CreditLinkage",
      "org.sahakarflow.membership.NationalMembership");

  private static final Set<String> EL_WORDS = Set.of("execution", "true", "false", "null", "and", "or", "not",
      "empty", "eq", "ne");

  private static boolean isVariable(String name) {
    return EL_WORDS.contains(name) || VOCABULARY.contains(name);
  }

  private static Set<String> vocabulary(String... classes) {
    Set<String> names = new TreeSet<>();
    for (String name : classes) {
      try {
        for (Field field : Class.forName(name).getDeclaredFields()) {
          if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
            field.setAccessible(true);
            names.add((String) field.get(null));
          }
        }
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("vocabulary class " + name, e);
      }
    }
    return names;
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
