package org.sahakarflow.registration;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.sahakarflow.sla.StatutoryExtensions;
import org.sahakarflow.system.RequiredUploads;
import org.sahakarflow.system.UploadedFile;
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
  private final CaseApplications applications;
  private final ApplicationPage page;
  private final StatutoryExtensions extensions;
  private final IdentityService identity;

  RegistrationController(RegistrationService registrations, CaseCertificates certificates,
      CaseApplications applications, ApplicationPage page, StatutoryExtensions extensions,
      IdentityService identity) {
    this.registrations = registrations;
    this.certificates = certificates;
    this.applications = applications;
    this.page = page;
    this.extensions = extensions;
    this.identity = identity;
  }

  @Operation(summary = "The application as filed, with links to its documents, for those who may read the case"
      + " (the applicant and the officers it is routed to; 404 for anyone else)")
  @GetMapping(value = "/{applicationNumber}", produces = MediaType.APPLICATION_JSON_VALUE)
  CaseApplications.Filed application(@PathVariable String applicationNumber) {
    return applications.application(applicationNumber);
  }

  @Operation(summary = "The application as a page, linked from the registrar's task forms in Tasklist")
  @GetMapping(value = "/{applicationNumber}/view", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> applicationPage(@PathVariable String applicationNumber) {
    return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .body(page.render(applications.application(applicationNumber)));
  }

  @Operation(summary = "One of the application's documents: byeLawsDocument, promoterListDocument or bankCertificateDocument")
  @GetMapping("/{applicationNumber}/documents/{name}")
  ResponseEntity<byte[]> document(@PathVariable String applicationNumber, @PathVariable String name) {
    return UploadedFile.download(name, applications.document(applicationNumber, name));
  }

  /** The registration certificate, for those who may read the case (the applicant, its officers). */
  @GetMapping(value = "/{applicationNumber}/certificate", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> certificate(@PathVariable String applicationNumber) {
    FileValue certificate = certificates.certificateOf(applicationNumber);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + certificate.getFilename() + "\"")
        .contentType(MediaType.APPLICATION_PDF)
        .body(RequiredUploads.bytes(certificate));
  }

  /**
   * The State Registrar records the Government's extension of the statutory limit, before it
   * expires, where the State's Act allows one (Delhi: 90 days more).
   */
  @Operation(summary = "Record the Government's extension of the Registrar's statutory limit (the State's Registrar"
      + " only; 409 where the Act allows none, after expiry, or a second time)")
  @PostMapping("/{applicationNumber}/statutory-extension")
  StatutoryExtensions.Extension extendLimit(@PathVariable String applicationNumber,
      @Valid @RequestBody ExtensionRequest request) {
    return extensions.extend(applicationNumber, request.approvalReference(), request.approvedOn(),
        identity.getCurrentAuthentication());
  }

  /**
   * The applicant asks for more time before the Registrar's limit expires, where the Act lets
   * them (a multi-State society: up to 2 months in all, in whole months).
   */
  @Operation(summary = "Ask for more time before the Registrar's statutory limit expires (the applicant only; a"
      + " multi-State society's case: months 1 or 2, at most 2 in all; 409 after expiry or for a State society's case)")
  @PostMapping("/{applicationNumber}/statutory-extension-request")
  StatutoryExtensions.Extension askForMoreTime(@PathVariable String applicationNumber,
      @Valid @RequestBody ExtensionAsked request) {
    return extensions.extendAtApplicantsRequest(applicationNumber, request.months(), identity.getCurrentAuthentication());
  }

  /** @param months whole months more, counted with any granted before */
  record ExtensionAsked(@NotNull Integer months) {
  }

  /** @param approvalReference the number of the Government's order approving the extension */
  record ExtensionRequest(@NotBlank String approvalReference, @NotNull LocalDate approvedOn) {
  }

  /** Submits an application; the answer carries its acknowledgement number. */
  @PostMapping
  ResponseEntity<RegistrationService.Submitted> submit(@Valid @RequestBody RegistrationRequest request) {
    RegistrationService.Submitted submitted = registrations.submit(request);
    return ResponseEntity.created(URI.create("/api/registrations/" + submitted.applicationNumber()))
        .body(submitted);
  }
}
