package org.sahakarflow.insight;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Attaches the read model's listeners to every user task and process the engine deploys.
 * Task listeners are parsed in after the model's own (post-parse), so that at {@code create} the
 * SLA listener has already set the due date. They are ordinary, not built-in, listeners except
 * for {@code delete}: built-in listeners also run when an instance is deleted with
 * "skip custom listeners", and a step must not stay open in the read model then.
 */
@Component
class ReadModelPlugin extends AbstractProcessEnginePlugin {

  private final ReadModelWriter writer;

  ReadModelPlugin(ReadModelWriter writer) {
    this.writer = writer;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    StepListener steps = new StepListener(writer);
    CaseListener cases = new CaseListener(writer);
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, cases);
        processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_END, cases);
      }

      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        task.addTaskListener(TaskListener.EVENTNAME_CREATE, steps);
        // a claim or reassignment fires both 'assignment' and 'update'; 'update' alone sees it
        task.addTaskListener(TaskListener.EVENTNAME_UPDATE, steps);
        task.addTaskListener(TaskListener.EVENTNAME_COMPLETE, steps);
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, steps);
      }
    });
  }
}
