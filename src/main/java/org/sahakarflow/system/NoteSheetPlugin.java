package org.sahakarflow.system;

import java.util.ArrayList;
import java.util.Set;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Gives every officer's step of a registration, a bye-law amendment and a credit linkage its
 * {@link NoteSheet} as it opens, built in, so that no model can leave a form without it.
 */
@Component
class NoteSheetPlugin extends AbstractProcessEnginePlugin {

  static final Set<String> OFFICER_STEPS = Set.of("Task_RecordViabilityNote", "Task_RecordMilkSurvey",
      "Task_CheckWaterBody", "Task_ScrutiniseApplication", "Task_InspectSociety", "Task_DecideRegistration",
      "Task_HearAppeal", "Task_HearDirectedAmendment", "Task_ScrutiniseAmendment", "Task_DecideReferredAmendment",
      "Task_AdmitSociety", "Task_AppraiseSociety", "Task_SanctionLimit", "Task_ExecuteDocuments", "Task_DecideRefinance");

  /** The processes whose officers' steps the note-sheet knows (a national cooperative's membership is not among them). */
  static final Set<String> PROCESSES = Set.of("mpacs-registration", "dairy-registration", "fisheries-registration",
      "registrar-decision", "registration-appeal", "bye-law-adoption", "dccb-credit-linkage");

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    NoteSheet sheet = new NoteSheet();
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (OFFICER_STEPS.contains(activity.getId()) && PROCESSES.contains(((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey())
            && activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
          userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, sheet);
        }
      }
    });
  }
}
