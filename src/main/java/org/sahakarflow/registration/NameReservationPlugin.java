package org.sahakarflow.registration;

import java.util.ArrayList;
import java.util.Set;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Ends a registration case's hold on its name however the case ends, through
 * {@link CloseNameReservationListener}, a built-in listener of the three registration processes
 * and the appeal: a model's own listeners are skipped when an administrator deletes an instance
 * with "skip custom listeners" (Cockpit's default), and a withdrawn case must not keep the name.
 */
@Component
class NameReservationPlugin extends AbstractProcessEnginePlugin {

  static final Set<String> CASES = Set.of("mpacs-registration", "dairy-registration", "fisheries-registration",
      AppealAdmission.APPEAL_PROCESS);

  private final NameReservations names;

  NameReservationPlugin(NameReservations names) {
    this.names = names;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    CloseNameReservationListener close = new CloseNameReservationListener(names);
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        if (CASES.contains(processDefinition.getKey())) {
          processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_END, close);
        }
      }
    });
  }
}
