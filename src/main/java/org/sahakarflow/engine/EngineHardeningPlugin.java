package org.sahakarflow.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Rules that hold however the engine is called, from the REST edge or from Java: no expression in
 * any part of a caller's query, no retry spent by a caller who may not run the job, a step's
 * refusal of bad input given back as a refusal. Listed in {@code docs/engine-overrides.md}.
 */
@Component
class EngineHardeningPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPreCommandInterceptorsTxRequired(
        withGuard(configuration.getCustomPreCommandInterceptorsTxRequired()));
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(
        withGuard(configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
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
    return all;
  }
}
