package org.sahakarflow.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.sahakarflow.StepIds;

/**
 * A Camunda engine of its own, on a database of its own, as it comes: authorization and tenant
 * checks on, history {@code full}, the engine's own per-task grants to a step's candidates and
 * nothing of the app (no case grants, no read model, no statement overrides). It holds a one-step
 * model of each place a case waits, offered to the same groups as the app's steps, and the four
 * shared Tasklist filters with the same queries, so that the scale benchmark can ask both engines
 * the same questions over the same number of tasks.
 */
final class BareEngine implements AutoCloseable {

  static final String KEY = "scale-bare";

  final ProcessEngine engine;

  private BareEngine(ProcessEngine engine) {
    this.engine = engine;
  }

  /** @param wideReaders groups that read every task of their tenants, as the app grants them */
  static BareEngine open(String jdbcUrl, String user, String driver, List<String> wideReaders) {
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName("scale-bare");
    configuration.setJdbcUrl(jdbcUrl);
    configuration.setJdbcUsername(user);
    configuration.setJdbcPassword("");
    configuration.setJdbcDriver(driver);
    configuration.setJdbcMaxActiveConnections(8);
    configuration.setDatabaseSchemaUpdate("true");
    configuration.setHistory("full");
    configuration.setAuthorizationEnabled(true);
    configuration.setTenantCheckEnabled(true);
    configuration.setJobExecutorActivate(false);
    configuration.setMetricsEnabled(false);
    // the Spring Boot starter's generator, which the app runs on: both tables get ids alike
    configuration.setIdGenerator(new StrongUuidGenerator());
    configuration.setTenantIdProvider(new StateTenant());
    // the app's ids (rcs.rj-udr, rcs-district:RJ-UDR) as the app allows them
    configuration.setGeneralResourceWhitelistPattern(".+");
    // the JSON variables (the promoter list) need Spin, as in the app
    configuration.setProcessEnginePlugins(new ArrayList<>(List.of(new SpinProcessEnginePlugin())));
    ProcessEngine engine = configuration.buildProcessEngine();
    BareEngine bare = new BareEngine(engine);
    bare.setUp(wideReaders);
    return bare;
  }

  private void setUp(List<String> wideReaders) {
    if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY).count() == 0) {
      engine.getRepositoryService().createDeployment().name(KEY).addModelInstance(KEY + ".bpmn", model()).deploy();
      grant(null, Resources.FILTER, "*", Permissions.READ);
      grant("applicants", Resources.PROCESS_DEFINITION, KEY, Permissions.READ, Permissions.CREATE_INSTANCE);
      grant("applicants", Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
      for (String group : wideReaders) {
        // the app's wildcard reads of the ministry and the State Registrars (AccessPolicy), narrowed
        // to a State by tenant membership: the same grants, without the per-case ones
        grant(group, Resources.TASK, "*", Permissions.READ);
        grant(group, Resources.PROCESS_DEFINITION, "*", Permissions.READ, Permissions.READ_TASK);
      }
      filter("My tasks", -10, engine.getTaskService().createTaskQuery().taskAssigneeExpression("${currentUser()}"));
      filter("My group tasks", 0, engine.getTaskService().createTaskQuery()
          .taskCandidateUserExpression("${currentUser()}").orderByDueDate().asc());
      filter("All tasks I can see", 5, engine.getTaskService().createTaskQuery().orderByDueDate().asc());
      filter("Overdue", 10, engine.getTaskService().createTaskQuery().dueBeforeExpression("${now()}")
          .orderByDueDate().asc());
    }
  }

  /** Where a case waits, as one user task each, offered as the app's model offers the step. */
  private static BpmnModelInstance model() {
    return Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(730)
        .startEvent("start").exclusiveGateway("waitsAt")
        .condition("upload", "${position == 'upload'}")
        .userTask(StepIds.TASK_UPLOAD_DOCUMENTS).camundaCandidateUsers("${applicantId}").camundaDueDate("${due}")
        .endEvent("uploaded")
        .moveToNode("waitsAt").condition("viability", "${position == 'viability'}")
        .userTask(StepIds.TASK_RECORD_VIABILITY_NOTE).camundaCandidateGroups("nabard:${stateCode}")
        .camundaDueDate("${due}").endEvent("noted")
        .moveToNode("waitsAt").condition("scrutiny", "${position == 'scrutiny'}")
        .userTask(StepIds.TASK_SCRUTINISE_APPLICATION).camundaCandidateGroups("rcs-district:${districtCode}")
        .camundaDueDate("${due}")
        .userTask(StepIds.TASK_INSPECT_SOCIETY).camundaCandidateGroups("inspector:${districtCode}")
        .camundaDueDate("${due}").endEvent("inspected")
        .done();
  }

  private void filter(String name, int priority, TaskQuery query) {
    engine.getFilterService().saveFilter(engine.getFilterService().newTaskFilter(name).setQuery(query)
        .setProperties(Map.of("priority", priority, "description", name, "refresh", false,
            "variables", List.of())));
  }

  private void grant(String group, Resource resource, String resourceId, Permissions... permissions) {
    Authorization authorization = engine.getAuthorizationService().createNewAuthorization(
        group == null ? Authorization.AUTH_TYPE_GLOBAL : Authorization.AUTH_TYPE_GRANT);
    if (group == null) {
      authorization.setUserId("*");
    } else {
      authorization.setGroupId(group);
    }
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permissions permission : permissions) {
      authorization.addPermission(permission);
    }
    engine.getAuthorizationService().saveAuthorization(authorization);
  }

  @Override
  public void close() {
    engine.close();
  }

  /** A case's tenant is its State, as the app's {@code StateTenantIdProvider} makes it. */
  private static final class StateTenant implements TenantIdProvider {

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext context) {
      return (String) context.getVariables().get("stateCode");
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext context) {
      return null;
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext context) {
      return null;
    }
  }
}
