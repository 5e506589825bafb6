package org.sahakarflow.engine;

import java.util.concurrent.Callable;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * SLA work runs inside whatever command created or completed a task, often on behalf of a user
 * who may not read the SLA policy nor touch the tasks being escalated; the SLA is the engine's
 * business, not that user's. The engine lifts authorization for custom code by default; this
 * keeps the SLA working where {@code authorizationEnabledForCustomCode} is switched on.
 */
public final class EngineAccess {

  private EngineAccess() {
  }

  public static <T> T withoutAuthorization(Callable<T> call) {
    CommandContext command = Context.getCommandContext();
    if (command != null) {
      return command.runWithoutAuthorization(call);
    }
    try {
      return call.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
