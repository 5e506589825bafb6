package org.sahakarflow.registration;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.sahakarflow.system.RequiredUploads;
import org.springframework.stereotype.Component;

/**
 * The registrar scrutinises the bye-laws, the promoter list and, where the application must prove
 * its share capital is deposited (every M-PACS; {@code reference/deposit-proof.csv}), the bank's
 * credit-balance certificate; an upload task completed through engine REST without them would
 * reach scrutiny empty-handed. A certificate sent where none is asked is held to the same checks.
 */
@Component("checkDocuments")
class CheckDocumentsListener implements TaskListener {

  static final String BANK_CERTIFICATE = "bankCertificateDocument";
  static final List<String> DOCUMENTS = List.of("byeLawsDocument", "promoterListDocument", BANK_CERTIFICATE);

  @Override
  public void notify(DelegateTask task) {
    List<String> checked = new ArrayList<>(DOCUMENTS.subList(0, 2));
    TypedValue certificate = task.getVariableTyped(BANK_CERTIFICATE);
    if ((certificate != null && certificate.getValue() != null) || isRequired(task)) {
      checked.add(BANK_CERTIFICATE);
    } else if (certificate != null) {
      // an empty file input is no document: the case lists none rather than a nameless one
      task.removeVariable(BANK_CERTIFICATE);
    }
    RequiredUploads.check(task, checked);
  }

  /** A case filed before the deposit rule was reference data has no answer: its certificate stays required. */
  private static boolean isRequired(DelegateTask task) {
    return !Boolean.FALSE.equals(task.getVariable(RegistrationVariables.DEPOSIT_PROOF_REQUIRED));
  }
}
