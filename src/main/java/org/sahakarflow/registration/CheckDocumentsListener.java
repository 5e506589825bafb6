package org.sahakarflow.registration;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;

/**
 * The registrar scrutinises the bye-laws, the promoter list and the bank's certificate; an
 * upload task completed through engine REST without them would reach scrutiny empty-handed.
 */
@Component("checkDocuments")
class CheckDocumentsListener implements TaskListener {

  static final List<String> REQUIRED = List.of("byeLawsDocument", "promoterListDocument",
      "bankCertificateDocument");
  static final long MAX_BYTES = 5_000_000;

  @Override
  public void notify(DelegateTask task) {
    for (String name : REQUIRED) {
      if (!(task.getVariableTyped(name) instanceof FileValue file) || file.getValue() == null) {
        throw new ProcessEngineException(name + ": upload the document as a file");
      }
      long size = size(file);
      if (size == 0 || size > MAX_BYTES) {
        throw new ProcessEngineException(name + ": must hold between 1 byte and 5 MB");
      }
    }
  }

  private static long size(FileValue file) {
    try (InputStream in = file.getValue()) {
      return in.transferTo(java.io.OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw new ProcessEngineException("cannot read an uploaded document", e);
    }
  }
}
