package org.sahakarflow.registration;

import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/registrations")
class RegistrationController {

  private final RegistrationService registrations;

  RegistrationController(RegistrationService registrations) {
    this.registrations = registrations;
  }

  /** Submits an application; the answer carries its acknowledgement number. */
  @PostMapping
  ResponseEntity<RegistrationService.Submitted> submit(@Valid @RequestBody RegistrationRequest request) {
    RegistrationService.Submitted submitted = registrations.submit(request);
    return ResponseEntity.created(URI.create("/api/registrations/" + submitted.applicationNumber()))
        .body(submitted);
  }
}
