package org.sahakarflow.registration;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.sahakarflow.system.UploadedFile;
import org.springframework.stereotype.Component;

/**
 * The registrar scrutinises the bye-laws, the promoter list and, where the application must prove
 * its share capital is deposited (every M-PACS; {@code reference/deposit-proof.csv}), the bank's
 * credit-balance certificate; an upload task completed through engine REST without them would
 * reach scrutiny empty-handed. A certificate sent where none is asked is held to the same checks. Each
 * must be a PDF, JPEG or PNG by its content (an HTML page or a program sent as "x.pdf" is refused)
 * and is kept under the app's own name and the type its content shows, never the sender's. A
 * refusal is a form-field error, which engine REST and Tasklist answer with 400 naming the field.
 */
@Component("checkDocuments")
class CheckDocumentsListener implements TaskListener {

  static final String BANK_CERTIFICATE = "bankCertificateDocument";
  static final List<String> DOCUMENTS = List.of("byeLawsDocument", "promoterListDocument", BANK_CERTIFICATE);
  static final long MAX_BYTES = 5_000_000;

  @Override
  public void notify(DelegateTask task) {
    for (String name : DOCUMENTS) {
      TypedValue sent = task.getVariableTyped(name);
      if ((sent == null || sent.getValue() == null) && !isRequired(task, name)) {
        // an empty file input is no document: the case lists none rather than a nameless one
        if (sent != null) {
          task.removeVariable(name);
        }
        continue;
      }
      if (!(sent instanceof FileValue file) || file.getValue() == null) {
        throw refused(name, "upload the document as a file");
      }
      byte[] content = CaseApplications.bytes(file);
      if (content.length == 0 || content.length > MAX_BYTES) {
        throw refused(name, "must hold between 1 byte and 5 MB");
      }
      UploadedFile.Kind kind = UploadedFile.kindOf(content)
          .orElseThrow(() -> refused(name, UploadedFile.REFUSAL));
      String storedName = UploadedFile.storedName(name, kind);
      if (!storedName.equals(file.getFilename()) || !Objects.equals(kind.mimeType(), file.getMimeType())) {
        task.setVariable(name, Variables.fileValue(storedName).file(content).mimeType(kind.mimeType()).create());
      }
    }
  }

  /** A case filed before the deposit rule was reference data has no answer: its certificate stays required. */
  private static boolean isRequired(DelegateTask task, String name) {
    return !BANK_CERTIFICATE.equals(name)
        || !Boolean.FALSE.equals(task.getVariable(RegistrationVariables.DEPOSIT_PROOF_REQUIRED));
  }

  private static FormFieldValidationException refused(String name, String reason) {
    return new FormFieldValidationException(name, name + ": " + reason);
  }
}
