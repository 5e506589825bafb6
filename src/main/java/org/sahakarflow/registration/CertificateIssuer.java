package org.sahakarflow.registration;

import java.nio.charset.StandardCharsets;
import org.sahakarflow.identity.Officers;
import org.sahakarflow.identity.Places;
import org.sahakarflow.society.StateActs;
import org.sahakarflow.system.CertificateSigner;
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
  private final StateActs acts;
  private final CertificateSigner signer;
  private final SocietyRegisterProperties properties;

  CertificateIssuer(SocietyRegister register, Places places, StateActs acts, CertificateSigner signer,
      SocietyRegisterProperties properties) {
    this.register = register;
    this.renderer = new CertificateRenderer();
    this.places = places;
    this.acts = acts;
    this.signer = signer;
    this.properties = properties;
  }

  Issued issue(String registrationNumber) {
    SocietyRegister.Society society = register.find(registrationNumber)
        .orElseThrow(() -> new IllegalStateException("no society registered as " + registrationNumber
            + "; a certificate follows the allocation of its number"));
    String url = verifyUrl(society);
    Places.State state = places.state(society.stateCode()).orElseThrow();
    Places.District district = places.district(society.districtCode()).orElseThrow();
    byte[] pdf = renderer.render(new CertificateRenderer.Certificate(state.name(),
        acts.registeredUnder(state.code()), society.name(), society.type(),
        society.registrationNumber(), society.registeredOn(), district.name(), society.areaOfOperation(),
        society.deemed() ? null : Officers.name(society.registeredBy(), "registering officer"),
        society.deemed() ? null : Officers.designation(society.registeredBy(), district, state), society.deemed(),
        society.verificationCode(), url));
    byte[] signed = signer.sign(pdf, "Certificate of registration of " + society.name() + ", "
        + society.registrationNumber(), district.name() + ", " + state.name());
    return new Issued(fileName(registrationNumber), signed, url);
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

  record Issued(String fileName, byte[] pdf, String verifyUrl) {
  }
}
