package org.sahakarflow.registration;

import java.util.ArrayList;
import java.util.Set;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Gives every officer's step of a registration case its {@link NoteSheet} as it opens, built in, so
 * that no model can leave a form without it.
 */
@Component
class NoteSheetPlugin extends AbstractProcessEnginePlugin {

  static final Set<String> OFFICER_STEPS = Set.of("Task_RecordViabilityNote", "Task_RecordMilkSurvey",
      "Task_CheckWaterBody", "Task_ScrutiniseApplication", "Task_InspectSociety", "Task_DecideRegistration",
      "Task_HearAppeal");

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    NoteSheet sheet = new NoteSheet();
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (OFFICER_STEPS.contains(activity.getId())
            && activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
          userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, sheet);
        }
      }
    });
  }
}
