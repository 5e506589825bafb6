package org.sahakarflow.identity;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.TaskQuery;
import org.sahakarflow.system.CaseVariables;
import org.springframework.stereotype.Component;

/**
 * Who may use which webapp and read what, beyond the per-case grants of {@link CaseAccess} and
 * the per-task grants the engine gives candidates. Nobody but {@code camunda-admin} holds
 * UPDATE or DELETE anywhere, and nobody but an admin may create a filter (so no user can store a
 * query carrying an expression).
 */
@Component
class AccessPolicy {

  static final String TASKLIST = "tasklist";
  static final String COCKPIT = "cockpit";
  /** The case variables every task list shows, so that two "Record NABARD viability note" rows differ. */
  static final List<Map<String, String>> CASE_COLUMNS = List.of(
      Map.of("name", CaseVariables.APPLICATION_NUMBER, "label", "Application / आवेदन"),
      Map.of("name", CaseVariables.SOCIETY_NAME, "label", "Society / समिति"),
      Map.of("name", CaseDistrictName.VARIABLE, "label", "District / ज़िला"));

  private final Grants grants;
  private final Places places;
  private final RepositoryService repository;
  private final FilterService filters;
  private final TaskService tasks;

  AccessPolicy(Grants grants, Places places, RepositoryService repository, FilterService filters,
      TaskService tasks) {
    this.grants = grants;
    this.places = places;
    this.repository = repository;
    this.filters = filters;
    this.tasks = tasks;
  }

  void ensure() {
    for (Resources resource : Resources.values()) {
      // the engine does not exempt camunda-admin from query filtering; admins need explicit grants
      grants.toGroup(Groups.ADMIN, resource, Grants.ANY, ALL);
    }
    grants.toEveryone(Resources.APPLICATION, TASKLIST, ACCESS);
    grants.toEveryone(Resources.FILTER, Grants.ANY, READ);
    readEverything(Groups.MINISTRY);
    grants.toGroup(Groups.MINISTRY, Resources.APPLICATION, COCKPIT, ACCESS);
    for (Places.State state : places.states()) {
      // tenant membership narrows these wildcard reads to the State's own cases
      String registrar = Groups.rcsState(state.code());
      readEverything(registrar);
      grants.toGroup(registrar, Resources.APPLICATION, COCKPIT, ACCESS);
    }
    grantStartersFromModels();
    // the eligibility rules are public law: applicants may evaluate them before applying
    grants.toGroup(Groups.APPLICANTS, Resources.DECISION_DEFINITION, "registration-eligibility",
        READ, org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE);
    ensureTaskFilters();
  }

  private void readEverything(String group) {
    grants.toGroup(group, Resources.PROCESS_DEFINITION, Grants.ANY,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK);
    grants.toGroup(group, Resources.PROCESS_INSTANCE, Grants.ANY, ProcessInstancePermissions.READ);
    grants.toGroup(group, Resources.TASK, Grants.ANY, TaskPermissions.READ);
    grants.toGroup(group, Resources.HISTORIC_PROCESS_INSTANCE, Grants.ANY,
        HistoricProcessInstancePermissions.READ);
    grants.toGroup(group, Resources.HISTORIC_TASK, Grants.ANY, HistoricTaskPermissions.READ);
    grants.toGroup(group, Resources.DECISION_DEFINITION, Grants.ANY, READ, READ_HISTORY);
    grants.toGroup(group, Resources.DECISION_REQUIREMENTS_DEFINITION, Grants.ANY, READ);
    grants.toGroup(group, Resources.DEPLOYMENT, Grants.ANY, READ);
  }

  /** A process's {@code camunda:candidateStarterGroups} decide who may start it. */
  private void grantStartersFromModels() {
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
      for (IdentityLink link : repository.getIdentityLinksForProcessDefinition(definition.getId())) {
        if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
          grants.toGroup(link.getGroupId(), Resources.PROCESS_DEFINITION, definition.getKey(),
              ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
          grants.toGroup(link.getGroupId(), Resources.PROCESS_INSTANCE, Grants.ANY,
              ProcessInstancePermissions.CREATE);
        }
      }
    }
  }

  private void ensureTaskFilters() {
    ensureFilter("My tasks", -10, tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    ensureFilter("My group tasks", 0,
        tasks.createTaskQuery().taskCandidateUserExpression("${currentUser()}").orderByDueDate().asc());
    ensureFilter("All tasks I can see", 5, tasks.createTaskQuery().orderByDueDate().asc());
    ensureFilter("Overdue", 10, tasks.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc());
  }

  /**
   * Tasklist re-runs an auto-refreshing filter's list and count every ten seconds in every open tab
   * (issue #18 saw four officers' tabs at 100,000 cases slow an applicant's submission threefold);
   * officers reload by choosing the filter, and Tasklist reloads after every claim and completion
   * anyway. Each row shows whose case the task is ({@link #CASE_COLUMNS}) beside the due date
   * Tasklist shows itself. A filter as an earlier release created it (its own name as description,
   * no owner) is brought up to this; one an administrator has since changed is left as they set it.
   */
  private void ensureFilter(String name, int priority, TaskQuery query) {
    Filter existing = filters.createFilterQuery().filterName(name).singleResult();
    if (existing != null) {
      Map<String, Object> properties = existing.getProperties();
      if (existing.getOwner() == null && properties != null && name.equals(properties.get("description"))
          && (Boolean.TRUE.equals(properties.get("refresh")) || !properties.containsKey("variables"))) {
        Map<String, Object> current = new HashMap<>(properties);
        current.put("refresh", false);
        current.put("variables", CASE_COLUMNS);
        filters.saveFilter(existing.setProperties(current));
      }
      return;
    }
    Filter filter = filters.newTaskFilter(name).setOwner(null).setQuery(query);
    filter.setProperties(Map.of("priority", priority, "refresh", false,
        "description", name, "variables", CASE_COLUMNS));
    filters.saveFilter(filter);
  }
}
