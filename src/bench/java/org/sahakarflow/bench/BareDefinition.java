package org.sahakarflow.bench;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.RepositoryServiceImpl;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.core.model.CoreModelElement;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;

/**
 * Takes the app's own listeners off a deployed process definition. The app's engine plugins attach
 * listeners to every process the engine parses (case grants, the insight read model); the
 * benchmark's baseline must run none of them, only what the engine itself does.
 */
final class BareDefinition {

  private static final String APP_PACKAGE = "org.sahakarflow.";

  private BareDefinition() {
  }

  /** @return how many listeners were taken off */
  static int strip(ProcessEngine engine, String processDefinitionId) {
    ProcessDefinitionEntity definition = (ProcessDefinitionEntity) ((RepositoryServiceImpl) engine
        .getRepositoryService()).getDeployedProcessDefinition(processDefinitionId);
    return stripExecutionListeners(definition) + stripActivities(definition.getActivities());
  }

  private static int stripActivities(List<ActivityImpl> activities) {
    int removed = 0;
    for (ActivityImpl activity : activities) {
      removed += stripExecutionListeners(activity);
      if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
        removed += stripTaskListeners(userTask.getTaskDefinition());
      }
      removed += stripActivities(activity.getActivities());
    }
    return removed;
  }

  // a built-in listener is held twice: among the built-in ones and among all listeners
  private static int stripExecutionListeners(CoreModelElement element) {
    return removeApp(element.getBuiltInListeners()) + removeApp(element.getListeners());
  }

  private static int stripTaskListeners(TaskDefinition task) {
    Set<String> events = new HashSet<>(task.getTaskListeners().keySet());
    events.addAll(task.getBuiltinTaskListeners().keySet());
    int removed = removeApp(task.getTaskListeners()) + removeApp(task.getBuiltinTaskListeners());
    for (String event : events) {
      List<?> all = task.getAllTaskListenersForEvent(event);
      if (all != null) {
        all.removeIf(BareDefinition::isApp);
      }
    }
    return removed;
  }

  private static int removeApp(Map<String, ? extends List<?>> listenersByEvent) {
    int removed = 0;
    for (List<?> listeners : listenersByEvent.values()) {
      int before = listeners.size();
      listeners.removeIf(BareDefinition::isApp);
      removed += before - listeners.size();
    }
    return removed;
  }

  private static boolean isApp(Object listener) {
    return listener.getClass().getName().startsWith(APP_PACKAGE);
  }
}
