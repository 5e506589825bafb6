package org.sahakarflow.bylaws;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.sahakarflow.system.RequiredUploads;
import org.springframework.stereotype.Component;

/**
 * The Registrar decides the amendment from what the society encloses: the resolution, the notice,
 * the presiding officer's certificate and the old and new text with reasons. A submission without
 * any of them is refused naming the missing document, and the submission window keeps running.
 */
@Component("checkSubmission")
class SubmissionDocumentsListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    RequiredUploads.check(task, BylawAdoption.SUBMISSION_DOCUMENTS);
  }
}
