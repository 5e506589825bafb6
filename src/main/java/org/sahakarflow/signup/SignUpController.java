package org.sahakarflow.signup;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.sahakarflow.system.SignInThrottle;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The promoter's sign-up pages, public: the form, the page that asks for the two codes, and the
 * page that sends them to Tasklist. Plain form posts (no script); a wrong code counts against the
 * client's address like a wrong password.
 */
@RestController
class SignUpController {

  static final String PATH = "/signup";
  private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
  private static final SignUpPages.Message NO_SIGNUP = new SignUpPages.Message(
      "No sign-up is waiting for codes under this user name. Sign up again.",
      "इस उपयोगकर्ता नाम से कोई साइन-अप कोड की प्रतीक्षा में नहीं है। फिर से साइन-अप करें।");

  private final SignUps signUps;
  private final SignUpPages pages;
  private final SignInThrottle throttle;

  SignUpController(SignUps signUps, SignUpPages pages, SignInThrottle throttle) {
    this.signUps = signUps;
    this.pages = pages;
    this.throttle = throttle;
  }

  @GetMapping(value = PATH, produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> form() {
    return page(HttpStatus.OK, pages.form(null, Map.of(), false));
  }

  @PostMapping(value = PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE, produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> signUp(@RequestParam(required = false) String firstName,
      @RequestParam(required = false) String lastName, @RequestParam(required = false) String userId,
      @RequestParam(required = false) String email, @RequestParam(required = false) String mobile,
      @RequestParam(required = false) String stateCode, @RequestParam(required = false) String password,
      @RequestParam(required = false) String passwordAgain, HttpServletRequest request) {
    SignUps.Form form = new SignUps.Form(firstName, lastName, userId, email, mobile, stateCode, password, passwordAgain);
    SignUps.Started started = signUps.start(form, request.getRemoteAddr());
    if (started instanceof SignUps.Sent sent) {
      return page(HttpStatus.OK, pages.codes(sent.pending(), null));
    }
    if (started instanceof SignUps.Refused refused) {
      return page(HttpStatus.BAD_REQUEST, pages.form(form, refused.refusal().fields(), false));
    }
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, "3600")
        .contentType(HTML).body(pages.form(form, Map.of(), true));
  }

  @PostMapping(value = PATH + "/verify", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
      produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> verify(@RequestParam(required = false) String userId,
      @RequestParam(required = false) String emailCode, @RequestParam(required = false) String mobileCode,
      HttpServletRequest request) {
    String address = request.getRemoteAddr();
    long wait = throttle.secondsToWait(address);
    if (wait > 0) {
      return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, Long.toString(wait))
          .contentType(HTML).body(pages.message(new SignUpPages.Message(
              "Too many tries from this address. Try again in " + wait + " seconds.",
              "इस पते से बहुत अधिक प्रयास हुए। " + wait + " सेकंड बाद फिर प्रयास करें।")));
    }
    SignUps.Verified verified = signUps.verify(userId, emailCode, mobileCode);
    if (verified instanceof SignUps.Done done) {
      throttle.succeeded(address);
      return page(HttpStatus.OK, pages.done(done));
    }
    if (verified instanceof SignUps.WrongCodes wrong) {
      throttle.failed(address, SignInThrottle.Channel.SIGNUP);
      return page(HttpStatus.BAD_REQUEST, pages.codes(wrong.pending(), new SignUpPages.Message(
          "One or both codes are wrong. Tries left: " + wrong.triesLeft() + ".",
          "एक या दोनों कोड गलत हैं। शेष प्रयास: " + wrong.triesLeft() + "।")));
    }
    if (verified instanceof SignUps.Expired expired) {
      return page(HttpStatus.BAD_REQUEST, pages.codes(expired.pending(), new SignUpPages.Message(
          "These codes no longer work (too late, or too many wrong tries). Ask for new codes below.",
          "ये कोड अब मान्य नहीं हैं (समय बीत गया या बहुत अधिक गलत प्रयास)। नीचे से नए कोड मँगाएँ।")));
    }
    return page(HttpStatus.NOT_FOUND, pages.message(NO_SIGNUP));
  }

  @PostMapping(value = PATH + "/resend", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
      produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> resend(@RequestParam(required = false) String userId) {
    return signUps.resend(userId).map(pending -> page(HttpStatus.OK, pages.codes(pending, null)))
        .orElseGet(() -> page(HttpStatus.NOT_FOUND, pages.message(NO_SIGNUP)));
  }

  private static ResponseEntity<String> page(HttpStatus status, String html) {
    return ResponseEntity.status(status).contentType(HTML).body(html);
  }
}
