package org.sahakarflow.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;

/**
 * The documents an upload task cannot be completed without, checked when it completes (engine
 * REST reaches a task without its form): each present, of 1 byte to 5 MB, and a PDF, JPEG or PNG
 * by its content, kept under the app's own name and the type its content shows. A refusal is a
 * form-field error naming the document, which engine REST and Tasklist answer with 400.
 */
public final class RequiredUploads {

  public static final long MAX_BYTES = 5_000_000;

  private RequiredUploads() {
  }

  public static void check(DelegateTask task, List<String> names) {
    for (String name : names) {
      if (!(task.getVariableTyped(name) instanceof FileValue file) || file.getValue() == null) {
        throw refused(name, "upload the document as a file (PDF, JPEG or PNG)");
      }
      byte[] content = bytes(file);
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

  public static byte[] bytes(FileValue file) {
    try (InputStream in = file.getValue()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file.getFilename(), e);
    }
  }

  private static FormFieldValidationException refused(String name, String reason) {
    return new FormFieldValidationException(name, name + ": " + reason);
  }
}
