package org.sahakarflow.registration;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.sahakarflow.system.NotFoundException;
import org.sahakarflow.system.SignInThrottle;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * "Where is my file": the signed-in applicant's own applications, and the public tracking page that
 * answers to the acknowledgement number with the mobile or e-mail the application gave. A browser
 * gets the page, any other client the JSON. A wrong pair and an unknown number get the same
 * answer, and count as failed sign-ins from the address, so numbers cannot be tried in bulk.
 */
@RestController
class ApplicantCasesController {

  static final String TRACK = "/track";
  private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
  private static final ApplicantPages.Message NO_MATCH = new ApplicantPages.Message(
      "No application matches this acknowledgement number with this mobile number or e-mail. Check both and try again.",
      "इस पावती संख्या और इस मोबाइल नंबर या ई-मेल से कोई आवेदन मेल नहीं खाता। दोनों जाँचकर फिर प्रयास करें।");

  private final ApplicantCases cases;
  private final ApplicantPages pages;
  private final IdentityService identity;
  private final SignInThrottle throttle;

  ApplicantCasesController(ApplicantCases cases, ApplicantPages pages, IdentityService identity,
      SignInThrottle throttle) {
    this.cases = cases;
    this.pages = pages;
    this.identity = identity;
    this.throttle = throttle;
  }

  @Operation(summary = "The signed-in applicant's applications, newest first: where each waits, with which office,"
      + " since when and by when; the registration number, or the refusal's reasons and last day to appeal")
  @GetMapping("/api/my-applications")
  ResponseEntity<?> mine(@RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    List<ApplicantCases.Case> mine = cases.of(identity.getCurrentAuthentication().getUserId());
    if (wantsPage(accept)) {
      return ResponseEntity.ok().contentType(HTML).body(pages.mine(mine));
    }
    return ResponseEntity.ok(mine);
  }

  @Operation(summary = "The acknowledgement slip of one of the signed-in applicant's applications, to print"
      + " (404 for anyone else's)")
  @GetMapping(value = "/api/my-applications/{applicationNumber}/acknowledgement", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> slip(@PathVariable String applicationNumber) {
    return cases.mine(identity.getCurrentAuthentication().getUserId(), applicationNumber)
        .map(c -> ResponseEntity.ok().contentType(HTML).body(pages.slip(c)))
        .orElseThrow(() -> new NotFoundException("no application " + applicationNumber + " of yours"));
  }

  @GetMapping(value = TRACK, produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> trackingForm() {
    return ResponseEntity.ok().contentType(HTML).body(pages.track(null, null, null));
  }

  /** A form post, so that the mobile or e-mail stays out of addresses, logs and the browser's history. */
  @PostMapping(value = TRACK, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  ResponseEntity<?> track(@RequestParam(required = false) String applicationNumber,
      @RequestParam(required = false) String contact,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, HttpServletRequest request) {
    String address = request.getRemoteAddr();
    long wait = throttle.secondsToWait(address);
    if (wait > 0) {
      ApplicantPages.Message slowDown = new ApplicantPages.Message(
          "Too many tries from this address. Try again in " + wait + " seconds.",
          "इस पते से बहुत अधिक प्रयास हुए। " + wait + " सेकंड बाद फिर प्रयास करें।");
      return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, Long.toString(wait))
          .contentType(wantsPage(accept) ? HTML : MediaType.APPLICATION_JSON)
          .body(wantsPage(accept) ? pages.track(applicationNumber, slowDown, null) : slowDown);
    }
    Optional<ApplicantCases.Case> found = cases.tracked(applicationNumber, contact);
    if (found.isEmpty()) {
      throttle.failed(address, SignInThrottle.Channel.TRACK);
      return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(wantsPage(accept) ? HTML : MediaType.APPLICATION_JSON)
          .body(wantsPage(accept) ? pages.track(applicationNumber, NO_MATCH, null) : NO_MATCH);
    }
    throttle.succeeded(address);
    return wantsPage(accept) ? ResponseEntity.ok().contentType(HTML).body(pages.track(applicationNumber, null, found.get()))
        : ResponseEntity.ok(found.get());
  }

  private static boolean wantsPage(String accept) {
    return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
  }
}
