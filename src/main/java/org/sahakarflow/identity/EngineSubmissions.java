package org.sahakarflow.identity;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.sahakarflow.identity.EngineAllowList.Kind;
import org.sahakarflow.system.CaseVariables;
import org.sahakarflow.system.FormContract;
import org.sahakarflow.system.InvalidInputException.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * The checks behind an allowed engine call that depend on the task or process it names: notes on
 * a task only for those who see it (and added only by those who work on it), and a form's
 * submission held to its {@link FormContract}, with the State of a new case the filer's own.
 */
@Component
class EngineSubmissions {

  /** Path words that name a collection or an action, not a task or case. */
  private static final Set<String> NOT_IDS = Set.of("count", "report", "create");
  private static final Set<String> TASK_BODY = Set.of("variables", "withVariablesInReturn");
  private static final Set<String> START_BODY = Set.of("variables", "withVariablesInReturn", "businessKey");

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final FormService forms;
  private final RepositoryService repository;
  private final IdentityService identity;
  private final FormContract contract;
  private final Places places;

  EngineSubmissions(TaskService tasks, RuntimeService runtime, FormService forms,
      RepositoryService repository, IdentityService identity, FormContract contract, Places places) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.forms = forms;
    this.repository = repository;
    this.identity = identity;
    this.contract = contract;
    this.places = places;
  }

  /** Why this call may not go on, or null if it may. */
  EngineRefusal check(Kind kind, String resource, EngineCaller caller, JsonNode body) {
    String[] path = resource.split("/");
    if (!seesNamedCase(caller, path)) {
      return notFound();
    }
    // a task named in the path is one the caller sees, from here on
    return switch (kind) {
      case TASK_NOTE_WRITE -> worksOn(caller, path[1]) ? null
          : new EngineRefusal(403, "only who works on this task may add to it", List.of());
      case TASK_FORM -> taskSubmission(path[1], body);
      case START_FORM -> start(resource, caller, body);
      default -> null;
    };
  }

  private EngineRefusal start(String resource, EngineCaller caller, JsonNode body) {
    String[] path = resource.split("/");
    ProcessDefinition definition = unchecked(() -> path[1].equals("key")
        ? repository.createProcessDefinitionQuery().processDefinitionKey(path[2]).latestVersion()
            .withoutTenantId().singleResult()
        : repository.createProcessDefinitionQuery().processDefinitionId(path[1]).singleResult());
    if (definition == null) {
      return notFound();
    }
    FormData form = unchecked(() -> forms.getStartFormData(definition.getId()));
    return submission(formName(form), body, START_BODY, caller);
  }

  private EngineRefusal submission(String form, JsonNode body, Set<String> allowed,
      EngineCaller starter) {
    List<FieldProblem> problems = new ArrayList<>();
    JsonNode variables = null;
    if (body != null && body.isObject()) {
      for (Iterator<String> keys = body.fieldNames(); keys.hasNext(); ) {
        String key = keys.next();
        JsonNode value = body.get(key);
        boolean blankKey = key.equals("businessKey") && (value.isNull() || value.asText().isBlank());
        if (!allowed.contains(key) || (key.equals("businessKey") && !blankKey)) {
          problems.add(new FieldProblem(key, "is not for the caller to set"));
        }
      }
      variables = body.get("variables");
    }
    problems.addAll(contract.check(form, variables));
    if (starter != null && variables != null && variables.isObject()) {
      problems.addAll(ownState(starter, variables));
    }
    return problems.isEmpty() ? null : EngineRefusal.badInput(problems);
  }

  /** An applicant files in their own State, in one of its districts. */
  private List<FieldProblem> ownState(EngineCaller starter, JsonNode variables) {
    String state = variables.path(CaseVariables.STATE_CODE).path("value").asText(null);
    String district = variables.path(CaseVariables.DISTRICT_CODE).path("value").asText(null);
    if (state != null && !starter.tenants().contains(state)) {
      return List.of(new FieldProblem(CaseVariables.STATE_CODE, "must be your own State " + starter.tenants()));
    }
    if (state != null && district != null && !places.isDistrictOf(district, state)) {
      return List.of(new FieldProblem(CaseVariables.DISTRICT_CODE, "is not a district of " + state));
    }
    return List.of();
  }

  /**
   * A task or case named by id in the path is answered only to those who see it; otherwise the
   * engine's tenant check answered a caller from another State with a 500 that told them the id
   * exists there.
   */
  private boolean seesNamedCase(EngineCaller caller, String[] path) {
    if (path.length < 2 || NOT_IDS.contains(path[1])) {
      return true;
    }
    return switch (path[0]) {
      case "task" -> sees(caller, path[1]);
      case "process-instance" -> asCaller(caller,
          () -> runtime.createProcessInstanceQuery().processInstanceId(path[1]).count() == 1);
      default -> true;
    };
  }

  private boolean sees(EngineCaller caller, String taskId) {
    return asCaller(caller, () -> tasks.createTaskQuery().taskId(taskId).count() == 1);
  }

  private <T> T asCaller(EngineCaller caller, Supplier<T> lookup) {
    Authentication previous = identity.getCurrentAuthentication();
    identity.setAuthentication(caller.userId(), caller.groups(), caller.tenants());
    try {
      return lookup.get();
    } finally {
      restore(previous);
    }
  }

  private boolean worksOn(EngineCaller caller, String taskId) {
    Task task = unchecked(() -> tasks.createTaskQuery().taskId(taskId).singleResult());
    if (task == null) {
      return false;
    }
    if (caller.userId().equals(task.getAssignee())) {
      return true;
    }
    List<IdentityLink> links = unchecked(() -> tasks.getIdentityLinksForTask(taskId));
    return task.getAssignee() == null && links.stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .anyMatch(link -> caller.userId().equals(link.getUserId())
            || caller.groups().contains(link.getGroupId()));
  }

  /**
   * The task's form from a query, which answers "none" for a task finished a moment ago: reading its
   * form data instead failed in the engine, logged at ERROR, whenever a colleague completed the
   * step between the caller's look and their submission.
   */
  private EngineRefusal taskSubmission(String taskId, JsonNode body) {
    Task task = unchecked(() -> tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult());
    if (task == null) {
      return notFound();
    }
    String form = task.getCamundaFormRef() != null ? task.getCamundaFormRef().getKey() : task.getFormKey();
    return submission(form, body, TASK_BODY, null);
  }

  private static String formName(FormData form) {
    if (form == null) {
      return null;
    }
    return form.getCamundaFormRef() != null ? form.getCamundaFormRef().getKey() : form.getFormKey();
  }

  /** Looks the task or definition up whoever asks: the engine still checks the call itself. */
  private <T> T unchecked(Supplier<T> lookup) {
    Authentication previous = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return lookup.get();
    } catch (ProcessEngineException e) {
      return null;
    } finally {
      restore(previous);
    }
  }

  private void restore(Authentication previous) {
    if (previous == null) {
      identity.clearAuthentication();
    } else {
      identity.setAuthentication(previous);
    }
  }

  private static EngineRefusal notFound() {
    return new EngineRefusal(404, "no such task or process among those you may see", List.of());
  }
}
