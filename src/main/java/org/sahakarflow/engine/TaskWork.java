package org.sahakarflow.engine;

import java.lang.reflect.Field;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CreateMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * The commands by which people race each other for a step (claim, assign or unclaim, complete,
 * submit its form) or for a group's membership, and the ids they name. The engine keeps those ids
 * in protected fields with no getter; they are read by name, and a rename on an upgrade fails
 * {@code security.ConcurrentTaskWorkTest} rather than passing silently.
 */
final class TaskWork {

  private TaskWork() {
  }

  static boolean isRace(Command<?> command) {
    return taskId(command) != null || command instanceof CreateMembershipCmd;
  }

  /** The step a claim, assignment, completion or submission names; null for any other command. */
  static String taskId(Command<?> command) {
    if (command instanceof ClaimTaskCmd || command instanceof AssignTaskCmd
        || command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
      return (String) read(command, "taskId");
    }
    return null;
  }

  static Object read(Object command, String name) {
    for (Class<?> type = command.getClass(); type != Object.class; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(command);
      } catch (NoSuchFieldException e) {
        // declared higher up
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("cannot read " + name + " of " + type.getName(), e);
      }
    }
    throw new IllegalStateException(command.getClass().getName() + " has no field " + name);
  }
}
