package org.sahakarflow.registration;

import jakarta.validation.Valid;
import java.net.URI;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/registrations")
class RegistrationController {

  private final RegistrationService registrations;
  private final CaseCertificates certificates;

  RegistrationController(RegistrationService registrations, CaseCertificates certificates) {
    this.registrations = registrations;
    this.certificates = certificates;
  }

  /** The registration certificate, for those who may read the case (the applicant, its officers). */
  @GetMapping(value = "/{applicationNumber}/certificate", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> certificate(@PathVariable String applicationNumber) {
    FileValue certificate = certificates.certificateOf(applicationNumber);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + certificate.getFilename() + "\"")
        .contentType(MediaType.APPLICATION_PDF)
        .body(certificates.bytes(certificate));
  }

  /** Submits an application; the answer carries its acknowledgement number. */
  @PostMapping
  ResponseEntity<RegistrationService.Submitted> submit(@Valid @RequestBody RegistrationRequest request) {
    RegistrationService.Submitted submitted = registrations.submit(request);
    return ResponseEntity.created(URI.create("/api/registrations/" + submitted.applicationNumber()))
        .body(submitted);
  }
}
