package org.sahakarflow.sla;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.sahakarflow.engine.CaseDecisions;
import org.sahakarflow.identity.Groups;
import org.sahakarflow.identity.RegisteringOfficers;
import org.sahakarflow.system.CaseVariables;

/** The facts about a case that SLAs are looked up and recorded by. */
record CaseRef(String processInstanceId, String businessKey, String processKey, String stateCode,
    String districtCode, String deploymentId) {

  /**
   * The process key is the variable {@code slaProcessKey} when set (a process reusing another's
   * SLA rows, or a test model standing in for a real one), else the key of the running process.
   * The State is the case's {@code stateCode}, else its tenant (one tenant per State).
   */
  static CaseRef of(DelegateExecution execution) {
    Object slaProcessKey = execution.getVariable(SlaVariables.SLA_PROCESS_KEY);
    String processKey = slaProcessKey != null ? slaProcessKey.toString()
        : ((ExecutionEntity) execution).getProcessDefinition().getKey();
    Object state = execution.getVariable(CaseVariables.STATE_CODE);
    String stateCode = state != null ? state.toString() : execution.getTenantId();
    if (stateCode == null) {
      throw new IllegalStateException("case " + execution.getProcessInstanceId() + " has no '"
          + CaseVariables.STATE_CODE + "'");
    }
    return new CaseRef(execution.getProcessInstanceId(), execution.getProcessBusinessKey(), processKey,
        stateCode, (String) execution.getVariable(CaseVariables.DISTRICT_CODE), CaseDecisions.deploymentOf(execution));
  }

  /** The group of a routed role for this case, e.g. {@code rcs-state} → {@code rcs-state:RJ}. */
  String groupOf(String rolePrefix, DelegateExecution execution) {
    Groups.Role role = Groups.Role.ofPrefix(rolePrefix);
    Object registeringOfficer = execution.getVariable(RegisteringOfficers.VARIABLE);
    if (role == Groups.Role.RCS_DISTRICT && registeringOfficer != null) {
      // where a functional registrar registers the society, the escalation goes to them
      return registeringOfficer.toString();
    }
    String scope = switch (role.scope()) {
      case STATE -> stateCode;
      case DISTRICT -> districtCode;
      case NATIONAL_SOCIETY -> (String) execution.getVariable(CaseVariables.NATIONAL_SOCIETY);
    };
    if (scope == null) {
      throw new IllegalStateException("escalation to '" + rolePrefix + "' needs the case's "
          + role.scope().name().toLowerCase() + " code");
    }
    return role.group(scope);
  }
}
