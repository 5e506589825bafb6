package org.sahakarflow.bylaws;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.sahakarflow.system.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The documents an amendment's submission enclosed, for whoever may read the case (its secretary
 * and the district's registering officer, the Registrar's office): read through the engine's
 * history as the signed-in user, so Camunda's authorization decides; for anyone else the case
 * does not exist.
 */
@Component
class AmendmentDocuments {

  private final HistoryService history;

  AmendmentDocuments(HistoryService history) {
    this.history = history;
  }

  FileValue document(String caseNumber, String name) {
    if (!BylawAdoption.SUBMISSION_DOCUMENTS.contains(name)) {
      throw new NotFoundException("no document '" + name + "'; the documents are " + BylawAdoption.SUBMISSION_DOCUMENTS);
    }
    HistoricProcessInstance amendment = history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber).processDefinitionKey(BylawAdoption.PROCESS).singleResult();
    if (amendment == null) {
      throw new NotFoundException("no amendment " + caseNumber + " that you may see");
    }
    HistoricVariableInstance variable = history.createHistoricVariableInstanceQuery()
        .processInstanceId(amendment.getId()).variableName(name).singleResult();
    if (variable == null || !(variable.getTypedValue() instanceof FileValue file)) {
      throw new NotFoundException(caseNumber + " has no " + name + " yet");
    }
    return file;
  }
}
