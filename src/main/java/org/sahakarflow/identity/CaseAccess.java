package org.sahakarflow.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.sahakarflow.system.CaseVariables;
import org.sahakarflow.system.ModelProperties;

/**
 * Runs when any process instance starts and grants read access to the instance (runtime and
 * history) to the people with a role in the case: the applicant who started it and the routed
 * groups the model names in its {@code caseReaders} extension property, e.g.
 * {@code rcs-district,inspector}. Nobody else sees the case (the ministry and the State's
 * registrars read by wildcard within their tenants, see {@link AccessPolicy}).
 */
public class CaseAccess implements ExecutionListener {

  static final String READERS_PROPERTY = "caseReaders";
  /**
   * The reader who registers the case's society, the Registrar's district officer or a functional
   * registrar; {@code registering-officer:DAIRY} names the type where the case does not carry it yet.
   */
  static final String REGISTERING_OFFICER = "registering-officer";

  private final RegisteringOfficers officers;

  CaseAccess(RegisteringOfficers officers) {
    this.officers = officers;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (!execution.getId().equals(execution.getProcessInstanceId())) {
      return;
    }
    String applicant = (String) execution.getVariable(CaseVariables.APPLICANT_ID);
    if (applicant == null) {
      applicant = Context.getCommandContext().getAuthenticatedUserId();
      if (applicant != null) {
        execution.setVariable(CaseVariables.APPLICANT_ID, applicant);
      }
    }
    List<String> groups = readerGroups(execution, officers);
    String instanceId = execution.getProcessInstanceId();
    AuthorizationService authorizations = execution.getProcessEngineServices().getAuthorizationService();
    String user = applicant;
    CommandContext context = Context.getCommandContext();
    // the grants follow from the case's routing, not from anyone's act: the start is in the
    // operation log already, and six log rows per grant would outnumber the case's own rows
    boolean logging = context.isUserOperationLogEnabled();
    context.disableUserOperationLog();
    try {
      context.runWithoutAuthorization(() -> {
        if (user != null) {
          grant(authorizations, instanceId, a -> a.setUserId(user));
        }
        for (String group : groups) {
          grant(authorizations, instanceId, a -> a.setGroupId(group));
        }
        return null;
      });
    } finally {
      if (logging) {
        context.enableUserOperationLog();
      }
    }
  }

  static List<String> readerGroups(DelegateExecution execution, RegisteringOfficers officers) {
    List<String> groups = new ArrayList<>();
    for (String prefix : readersDeclared(execution)) {
      if (prefix.equals(REGISTERING_OFFICER) || prefix.startsWith(REGISTERING_OFFICER + ":")) {
        String group = prefix.equals(REGISTERING_OFFICER) ? officers.groupOf(execution)
            : officers.group((String) execution.getVariable(CaseVariables.STATE_CODE),
                (String) execution.getVariable(CaseVariables.DISTRICT_CODE), prefix.substring(REGISTERING_OFFICER.length() + 1));
        if (!groups.contains(group)) {
          groups.add(group);
        }
        continue;
      }
      Groups.Role role = Groups.Role.ofPrefix(prefix);
      String scope = switch (role.scope()) {
        case DISTRICT -> (String) execution.getVariable(CaseVariables.DISTRICT_CODE);
        case STATE -> (String) execution.getVariable(CaseVariables.STATE_CODE);
        case NATIONAL_SOCIETY -> (String) execution.getVariable(CaseVariables.NATIONAL_SOCIETY);
      };
      if (scope == null) {
        throw new IllegalStateException("case reader '" + prefix + "' needs the variable for its "
            + role.scope().name().toLowerCase() + " scope");
      }
      groups.add(role.group(scope));
    }
    return groups;
  }

  private static List<String> readersDeclared(DelegateExecution execution) {
    Process process = (Process) execution.getBpmnModelInstance()
        .getModelElementById(execution.getProcessDefinitionId().split(":")[0]);
    String readers = ModelProperties.of(process).get(READERS_PROPERTY);
    if (readers == null) {
      return List.of();
    }
    return Arrays.stream(readers.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private static void grant(AuthorizationService authorizations, String instanceId,
      java.util.function.Consumer<Authorization> owner) {
    Authorization runtime = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    owner.accept(runtime);
    runtime.setResource(Resources.PROCESS_INSTANCE);
    runtime.setResourceId(instanceId);
    runtime.addPermission(ProcessInstancePermissions.READ);
    authorizations.saveAuthorization(runtime);

    Authorization history = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    owner.accept(history);
    history.setResource(Resources.HISTORIC_PROCESS_INSTANCE);
    history.setResourceId(instanceId);
    history.addPermission(HistoricProcessInstancePermissions.READ);
    authorizations.saveAuthorization(history);
  }
}
