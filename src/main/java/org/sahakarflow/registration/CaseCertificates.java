package org.sahakarflow.registration;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.sahakarflow.system.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Finds a case's certificate through the engine's history, queried as the signed-in user, so the
 * engine's authorization decides who may download it; for anyone else it does not exist.
 */
@Component
class CaseCertificates {

  static final String VARIABLE = "certificate";

  private final HistoryService history;

  CaseCertificates(HistoryService history) {
    this.history = history;
  }

  FileValue certificateOf(String applicationNumber) {
    String[] instances = history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(applicationNumber).listPage(0, 20).stream()
        .map(i -> i.getId()).toArray(String[]::new);
    if (instances.length == 0) {
      throw new NotFoundException("no case " + applicationNumber + " that you may see");
    }
    List<HistoricVariableInstance> certificates = history.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(instances).variableName(VARIABLE).listPage(0, 20);
    return certificates.stream().map(v -> v.getTypedValue()).filter(FileValue.class::isInstance)
        .map(FileValue.class::cast).findFirst()
        .orElseThrow(() -> new NotFoundException(applicationNumber + " has no certificate"));
  }
}
