package org.sahakarflow.registration;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.sahakarflow.identity.Places;
import org.sahakarflow.system.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
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
  private final VerificationPage page;

  SocietyVerificationController(SocietyRegister register, Places places, VerificationPage page) {
    this.register = register;
    this.places = places;
    this.page = page;
  }

  /**
   * Registration numbers contain '/', so the number is the whole rest of the path. A browser (one
   * that scanned the certificate's QR code) gets the page; any other client the JSON answer.
   */
  @GetMapping(PATH + "/{*registrationNumber}")
  ResponseEntity<?> verify(@PathVariable String registrationNumber, @RequestParam(required = false) String code,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    String number = registrationNumber.startsWith("/") ? registrationNumber.substring(1)
        : registrationNumber;
    String given = code == null || code.isBlank() ? null : code.strip();
    Optional<SocietyRegister.Society> society = register.find(number);
    if (accept == null || !accept.contains(MediaType.TEXT_HTML_VALUE)) {
      return ResponseEntity.ok(answer(society.orElseThrow(
          () -> new NotFoundException("no society is registered under that number")), given));
    }
    MediaType html = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    return society.map(found -> ResponseEntity.ok().contentType(html).body(page.registered(answer(found, given), given)))
        .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(html).body(page.unknown(number, given)));
  }

  private SocietyVerification answer(SocietyRegister.Society society, String code) {
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
