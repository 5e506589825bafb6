package org.sahakarflow.registration;

import static org.sahakarflow.registration.RegistrationVariables.CERTIFICATE;
import static org.sahakarflow.registration.RegistrationVariables.CERTIFICATE_URL;
import static org.sahakarflow.system.CaseVariables.REGISTRATION_NUMBER;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.sahakarflow.system.CaseVariables;
import org.springframework.stereotype.Component;

/** Keeps the society's certificate with the case, where Tasklist and the applicant can fetch it. */
@Component("issueCertificate")
class IssueCertificateDelegate implements JavaDelegate {

  private final CertificateIssuer certificates;

  IssueCertificateDelegate(CertificateIssuer certificates) {
    this.certificates = certificates;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CertificateIssuer.Issued issued =
        certificates.issue((String) execution.getVariable(REGISTRATION_NUMBER));
    execution.setVariable(CERTIFICATE, Variables.fileValue(issued.fileName())
        .file(issued.pdf()).mimeType(CertificateIssuer.MIME_TYPE).create());
    execution.setVariable(CERTIFICATE_URL, issued.verifyUrl());
    execution.setVariable(RegistrationVariables.CERTIFICATE_DOWNLOAD_URL,
        certificates.downloadUrl((String) execution.getVariable(CaseVariables.APPLICATION_NUMBER)));
  }
}
