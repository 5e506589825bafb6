package org.sahakarflow.engine;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * {@code POST job/{id}/execute} by someone who may not update the job answered 403 and still
 * counted as a failed attempt: three such calls spent a timer's retries and left an SLA timer or
 * a certificate step dead with an incident. A failure is charged to the job only when the caller
 * could have run it; the job executor, which runs without a user, is always such a caller.
 */
final class UnauthorizedExecutionKeepsRetries implements FailedJobCommandFactory {

  private final FailedJobCommandFactory delegate;

  UnauthorizedExecutionKeepsRetries(FailedJobCommandFactory delegate) {
    this.delegate = delegate;
  }

  @Override
  public Command<Object> getCommand(String jobId, Throwable exception) {
    Command<Object> charge = delegate.getCommand(jobId, exception);
    if (!(exception instanceof AuthorizationException)) {
      return charge;
    }
    return context -> mayUpdate(context, jobId) ? charge.execute(context) : null;
  }

  private static boolean mayUpdate(CommandContext context, String jobId) {
    JobEntity job = context.getJobManager().findJobById(jobId);
    if (job == null) {
      return true;
    }
    try {
      for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
        checker.checkUpdateJob(job);
      }
      return true;
    } catch (AuthorizationException e) {
      return false;
    }
  }
}
