package org.sahakarflow.registration;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.sahakarflow.system.RequiredUploads;
import org.springframework.stereotype.Component;

/**
 * The registrar scrutinises the bye-laws, the promoter list and the bank's certificate; an
 * upload task completed through engine REST without them would reach scrutiny empty-handed.
 */
@Component("checkDocuments")
class CheckDocumentsListener implements TaskListener {

  static final List<String> REQUIRED = List.of("byeLawsDocument", "promoterListDocument",
      "bankCertificateDocument");

  @Override
  public void notify(DelegateTask task) {
    RequiredUploads.check(task, REQUIRED);
  }
}
