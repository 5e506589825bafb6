package org.sahakarflow.engine;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * A step's listener refuses bad input with a {@link BadUserRequestException} ("queryText: a query
 * must say what is asked") or a form field's validation error, but the engine wraps whatever a task listener throws in a plain engine
 * error (ENGINE-03051), and the engine REST answers a form submission or a completion with 400 only
 * for a form field's validation error: a refusal came back as 500, shown in Tasklist with the
 * wrapper's text. Around those commands, a refusal is given back as the form field's validation
 * error it is, in its own words.
 */
final class StepRefusals extends CommandInterceptor {

  private static final int DEEPEST_CAUSE = 8;

  @Override
  public <T> T execute(Command<T> command) {
    if (!(command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd
        || command instanceof SubmitStartFormCmd)) {
      return next.execute(command);
    }
    try {
      return next.execute(command);
    } catch (ProcessEngineException e) {
      throw refusalIn(e);
    }
  }

  private static ProcessEngineException refusalIn(ProcessEngineException thrown) {
    Throwable cause = thrown;
    for (int depth = 0; cause != null && depth < DEEPEST_CAUSE; depth++, cause = cause.getCause()) {
      if (cause instanceof FormFieldValidationException refusal) {
        return refusal;
      }
      if (cause instanceof BadUserRequestException refusal) {
        String message = refusal.getMessage();
        int colon = message.indexOf(": ");
        return new FormFieldValidationException(colon > 0 ? message.substring(0, colon) : null, message, refusal);
      }
    }
    return thrown;
  }
}
