package org.sahakarflow.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Rules that hold however the engine is called, from the REST edge or from Java: no expression in
 * any part of a caller's query, no page before the first row or of fewer than no rows, no retry
 * spent by a caller who may not run the job, a step's refusal of bad input given back as a refusal,
 * people working one step in turn with a clean answer for whoever lost the race, an officer free to
 * unclaim their own step and a team's lead to hand it within the team. Listed in
 * {@code docs/engine-overrides.md}.
 */
@Component
class EngineHardeningPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPreCommandInterceptorsTxRequired(
        withGuard(configuration.getCustomPreCommandInterceptorsTxRequired()));
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(
        withGuard(configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
    configuration.setCustomPostCommandInterceptorsTxRequired(
        inCommand(configuration.getCustomPostCommandInterceptorsTxRequired()));
    configuration.setCustomPostCommandInterceptorsTxRequiresNew(
        inCommand(configuration.getCustomPostCommandInterceptorsTxRequiresNew()));
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    // wraps whatever the starter installed (its retry-time-cycle factory), so retries keep their cycle
    configuration.setFailedJobCommandFactory(
        new UnauthorizedExecutionKeepsRetries(configuration.getFailedJobCommandFactory()));
  }

  private static List<CommandInterceptor> withGuard(List<CommandInterceptor> interceptors) {
    List<CommandInterceptor> all = interceptors == null ? new ArrayList<>() : new ArrayList<>(interceptors);
    all.add(new StepRefusals());
    all.add(new QueryExpressionGuard());
    all.add(new QueryPageGuard());
    // inside StepRefusals: a lost race is answered as a conflict, not as a refusal of the form
    all.add(new WorkConflicts());
    return all;
  }

  /** Inside the command and its transaction, before the engine reads anything. */
  private static List<CommandInterceptor> inCommand(List<CommandInterceptor> interceptors) {
    List<CommandInterceptor> all = interceptors == null ? new ArrayList<>() : new ArrayList<>(interceptors);
    all.add(new WorkInTurn());
    all.add(new AssigneeRules());
    // innermost: sees only what the command itself threw
    all.add(new StepRefusals.InCommand());
    return all;
  }
}
