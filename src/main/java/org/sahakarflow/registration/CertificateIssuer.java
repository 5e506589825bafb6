package org.sahakarflow.registration;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.sahakarflow.identity.Places;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * Issues the certificate of a registered society from what the register says, so the paper and
 * the register cannot disagree. Called from inside the engine (a delegate).
 */
@Component
class CertificateIssuer {

  static final String MIME_TYPE = "application/pdf";

  private final SocietyRegister register;
  private final CertificateRenderer renderer;
  private final Places places;
  private final IdentityService identity;
  private final SocietyRegisterProperties properties;

  CertificateIssuer(SocietyRegister register, Places places, IdentityService identity,
      SocietyRegisterProperties properties) {
    this.register = register;
    this.renderer = new CertificateRenderer();
    this.places = places;
    this.identity = identity;
    this.properties = properties;
  }

  Issued issue(String registrationNumber) {
    SocietyRegister.Society society = register.find(registrationNumber)
        .orElseThrow(() -> new IllegalStateException("no society registered as " + registrationNumber
            + "; a certificate follows the allocation of its number"));
    String url = verifyUrl(society);
    byte[] pdf = renderer.render(new CertificateRenderer.Certificate(
        places.state(society.stateCode()).orElseThrow().name(), society.name(), society.type(),
        society.registrationNumber(), society.registeredOn(),
        places.district(society.districtCode()).orElseThrow().name(), society.areaOfOperation(),
        society.deemed() ? null : officerName(society.registeredBy()), society.deemed(),
        society.verificationCode(), url));
    return new Issued(fileName(registrationNumber), pdf, url);
  }

  /** Where the applicant, signed in, downloads the certificate kept with the case. */
  String downloadUrl(String applicationNumber) {
    return properties.publicBaseUrl() + "/api/registrations/" + applicationNumber + "/certificate";
  }

  String verifyUrl(SocietyRegister.Society society) {
    return properties.publicBaseUrl() + SocietyVerificationController.PATH + "/"
        + UriUtils.encodePath(society.registrationNumber(), StandardCharsets.UTF_8)
        + "?code=" + society.verificationCode();
  }

  static String fileName(String registrationNumber) {
    return "certificate-" + registrationNumber.replace('/', '-') + ".pdf";
  }

  private String officerName(String userId) {
    // the officer's name is on the certificate whoever triggers the issue (a job, another user)
    User officer = Context.getCommandContext().runWithoutAuthorization(
        () -> identity.createUserQuery().userId(userId).singleResult());
    if (officer == null) {
      throw new IllegalStateException("registering officer " + userId + " is not a known user");
    }
    return Stream.of(officer.getFirstName(), officer.getLastName()).filter(Objects::nonNull)
        .collect(Collectors.joining(" "));
  }

  record Issued(String fileName, byte[] pdf, String verifyUrl) {
  }
}
