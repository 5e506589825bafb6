package org.sahakarflow.registration;

import org.springframework.context.ApplicationContext;

/**
 * Test access, from outside this package, to the service behind {@code POST /api/registrations}
 * (the benchmark submits through it as the API does, without HTTP in between).
 */
public final class RegistrationSubmissions {

  private final RegistrationService service;

  public RegistrationSubmissions(ApplicationContext context) {
    this.service = context.getBean(RegistrationService.class);
  }

  /** Submits as the caller's current engine authentication; returns the application number. */
  public String submit(RegistrationRequest request) {
    return service.submit(request).applicationNumber();
  }
}
