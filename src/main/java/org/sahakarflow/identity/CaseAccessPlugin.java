package org.sahakarflow.identity;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/** Wires case access and State tenancy into every process the engine deploys. */
@Component
class CaseAccessPlugin extends AbstractProcessEnginePlugin {

  private final StateTenantIdProvider tenantIdProvider;
  private final RegisteringOfficers officers;

  CaseAccessPlugin(StateTenantIdProvider tenantIdProvider, RegisteringOfficers officers) {
    this.tenantIdProvider = tenantIdProvider;
    this.officers = officers;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTenantIdProvider(tenantIdProvider);
    if (configuration.getCustomPreBPMNParseListeners() == null) {
      configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
    }
    CaseAccess caseAccess = new CaseAccess(officers);
    configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, caseAccess);
      }
    });
  }
}
