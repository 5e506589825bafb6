package org.sahakarflow.identity;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.sahakarflow.system.CaseVariables;
import org.springframework.stereotype.Component;

/**
 * Every case belongs to the tenant of its State ({@code stateCode}); called processes inherit
 * their caller's tenant. Definitions are shared by all States, so one deployment serves them all.
 */
@Component
class StateTenantIdProvider implements TenantIdProvider {

  private final Places places;

  StateTenantIdProvider(Places places) {
    this.places = places;
  }

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    if (ctx.getSuperExecution() != null) {
      return ctx.getSuperExecution().getTenantId();
    }
    Object state = ctx.getVariables().get(CaseVariables.STATE_CODE);
    Object applicationNumber = ctx.getVariables().get(CaseVariables.APPLICATION_NUMBER);
    if (state == null && applicationNumber != null && applicationNumber.toString().length() > 2) {
      // an appeal names only its application number, which begins with the State's code
      state = applicationNumber.toString().substring(0, 2);
    }
    if (state == null) {
      throw new ProcessEngineException("a case needs its '" + CaseVariables.STATE_CODE + "'");
    }
    if (places.state(state.toString()).isEmpty()) {
      throw new ProcessEngineException("unknown State '" + state + "'");
    }
    refuseAnotherStatesApplicant(state.toString());
    return state.toString();
  }

  /**
   * An applicant files only in the State whose tenant they belong to, however the case is started
   * (the API, Tasklist, the engine REST); offices and the engine's own starts are not applicants.
   */
  private static void refuseAnotherStatesApplicant(String state) {
    Authentication caller = Context.getCommandContext().getAuthentication();
    if (caller == null || caller.getGroupIds() == null
        || !caller.getGroupIds().contains(Groups.APPLICANTS) || caller.getGroupIds().contains(Groups.ADMIN)) {
      return;
    }
    List<String> own = caller.getTenantIds() == null ? List.of() : caller.getTenantIds();
    if (!own.contains(state)) {
      throw new BadUserRequestException(CaseVariables.STATE_CODE + ": must be your own State " + own);
    }
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
    return null;
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(
      TenantIdProviderHistoricDecisionInstanceContext ctx) {
    return ctx.getExecution() != null ? ctx.getExecution().getTenantId() : null;
  }
}
