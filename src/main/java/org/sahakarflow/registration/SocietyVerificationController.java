package org.sahakarflow.registration;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Locale;
import org.sahakarflow.identity.Places;
import org.sahakarflow.system.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public check of a registration (no login): anyone holding a certificate, a bank or a
 * department can confirm the society is on the register. Answers only what the certificate
 * itself shows publicly; nothing about the promoters, the applicant or the officer.
 */
@RestController
class SocietyVerificationController {

  static final String PATH = "/verify";

  private final SocietyRegister register;
  private final Places places;

  SocietyVerificationController(SocietyRegister register, Places places) {
    this.register = register;
    this.places = places;
  }

  /** Registration numbers contain '/', so the number is the whole rest of the path. */
  @GetMapping(PATH + "/{*registrationNumber}")
  SocietyVerification verify(@PathVariable String registrationNumber,
      @RequestParam(required = false) String code) {
    String number = registrationNumber.startsWith("/") ? registrationNumber.substring(1)
        : registrationNumber;
    SocietyRegister.Society society = register.find(number)
        .orElseThrow(() -> new NotFoundException("no society is registered under that number"));
    return new SocietyVerification(society.registrationNumber(), true, society.name(),
        society.type().name(),
        places.district(society.districtCode()).map(Places.District::name).orElse(society.districtCode()),
        places.state(society.stateCode()).map(Places.State::name).orElse(society.stateCode()),
        society.registeredOn(), society.deemed(),
        code == null ? null : matches(code, society.verificationCode()));
  }

  private static boolean matches(String given, String expected) {
    // constant time, so the answer's timing gives no hint of how much of a guess was right
    return MessageDigest.isEqual(given.strip().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8),
        expected.getBytes(StandardCharsets.UTF_8));
  }

  record SocietyVerification(String registrationNumber, boolean registered, String name,
      String type, String district, String state, LocalDate registeredOn, boolean deemed,
      @JsonInclude(JsonInclude.Include.NON_NULL) Boolean codeMatches) {
  }
}
