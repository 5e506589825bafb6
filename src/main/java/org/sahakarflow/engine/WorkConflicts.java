package org.sahakarflow.engine;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Around a step's claim, assignment, completion or form submission, and a group membership's
 * creation: the loser of a race gets an {@link EngineConflict} that says what happened and who
 * holds the step — never the engine's "task is null" or its SQL. Only these commands: the job
 * executor relies on seeing its own {@link OptimisticLockingException}s as they are.
 */
final class WorkConflicts extends CommandInterceptor {

  @Override
  public <T> T execute(Command<T> command) {
    if (!TaskWork.isRace(command)) {
      return next.execute(command);
    }
    try {
      return next.execute(command);
    } catch (TaskAlreadyClaimedException e) {
      throw EngineConflict.claimed(e.getTaskAssignee());
    } catch (WorkInTurn.Lost e) {
      throw e.conflict;
    } catch (OptimisticLockingException e) {
      throw EngineConflict.changed();
    }
  }
}
