package org.sahakarflow.identity;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/** Wires case access, State tenancy and the district's name into every process the engine deploys. */
@Component
class CaseAccessPlugin extends AbstractProcessEnginePlugin {

  private final StateTenantIdProvider tenantIdProvider;
  private final RegisteringOfficers officers;
  private final Places places;

  CaseAccessPlugin(StateTenantIdProvider tenantIdProvider, RegisteringOfficers officers, Places places) {
    this.tenantIdProvider = tenantIdProvider;
    this.officers = officers;
    this.places = places;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTenantIdProvider(tenantIdProvider);
    if (configuration.getCustomPreBPMNParseListeners() == null) {
      configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
    }
    CaseAccess caseAccess = new CaseAccess(officers);
    CaseDistrictName districtName = new CaseDistrictName(places);
    configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, caseAccess);
        processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, districtName);
      }
    });
  }
}
