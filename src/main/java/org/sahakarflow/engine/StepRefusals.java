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
 * error it is, in its own words. It is found inside the command ({@link InCommand}), so that the
 * engine, which logs a failed command at ERROR unless it failed on a bad request, logs a refusal
 * of bad input at DEBUG as the expected answer it is.
 */
final class StepRefusals extends CommandInterceptor {

  private static final int DEEPEST_CAUSE = 8;

  @Override
  public <T> T execute(Command<T> command) {
    if (!refusable(command)) {
      return next.execute(command);
    }
    try {
      return next.execute(command);
    } catch (Refused e) {
      throw e.refusal;
    } catch (ProcessEngineException e) {
      throw refusalIn(e);
    }
  }

  private static boolean refusable(Command<?> command) {
    return command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd
        || command instanceof SubmitStartFormCmd;
  }

  /** Inside the command context: a refusal leaves the command as a bad request, carrying the form error. */
  static final class InCommand extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      if (!refusable(command)) {
        return next.execute(command);
      }
      try {
        return next.execute(command);
      } catch (Refused e) {
        throw e;
      } catch (ProcessEngineException e) {
        ProcessEngineException found = refusalIn(e);
        if (found instanceof FormFieldValidationException refusal) {
          throw new Refused(refusal);
        }
        throw e;
      }
    }
  }

  static final class Refused extends BadUserRequestException {

    final transient FormFieldValidationException refusal;

    Refused(FormFieldValidationException refusal) {
      super(refusal.getMessage(), refusal);
      this.refusal = refusal;
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
