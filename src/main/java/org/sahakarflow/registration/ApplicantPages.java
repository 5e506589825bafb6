package org.sahakarflow.registration;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The applicant's pages in English and Hindi side by side: "My applications" (signed in) and the
 * public tracking page, both from {@code templates/registration}, one case card shared
 * ({@code case.mustache}). Dates as dd/mm/yyyy; Boot's compiler HTML-escapes every value.
 */
@Component
class ApplicantPages {

  static final String APPEAL_HREF = "/camunda/app/tasklist/default/#/?processStart=" + AppealAdmission.APPEAL_PROCESS;
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
  private static final String NONE = "—";

  private final Template mine;
  private final Template track;
  private final Template slip;
  private final String trackAddress;

  /** @param register where the public reaches this installation, as printed on certificates */
  ApplicantPages(Mustache.Compiler mustache, SocietyRegisterProperties register) {
    this.mine = mustache.loadTemplate("registration/my-applications");
    this.track = mustache.loadTemplate("registration/track");
    this.slip = mustache.loadTemplate("registration/acknowledgement");
    this.trackAddress = register.publicBaseUrl() + ApplicantCasesController.TRACK;
  }

  /** The acknowledgement slip, to print. */
  String slip(ApplicantCases.Case c) {
    return slip.execute(new Slip(c.applicationNumber(), c.societyName(), CertificateRenderer.typeName(c.type()),
        c.district(), c.state(), c.districtHindi(), c.stateHindi(), date(c.submittedOn()), trackAddress));
  }

  private record Slip(String applicationNumber, String societyName, String type, String district, String state,
      String districtHindi, String stateHindi, String submittedOn, String trackAddress) {
  }

  String mine(List<ApplicantCases.Case> cases) {
    return mine.execute(new Mine(cases.stream().map(c -> card(c, true)).toList()));
  }

  /** The empty form, or a refusal to say more ({@code message}), or the case found. */
  String track(String applicationNumber, Message message, ApplicantCases.Case found) {
    return track.execute(new Track(applicationNumber == null ? "" : applicationNumber, message,
        found == null ? null : card(found, false)));
  }

  record Message(String english, String hindi) {
  }

  /** @param signedIn the applicant's own page: the certificate and the appeal are a click away */
  private static Card card(ApplicantCases.Case c, boolean signedIn) {
    Waiting waiting = c.waiting().isEmpty() ? null : new Waiting(c.waiting().stream()
        .map(w -> new Step(w.step(), w.heldBy(), w.heldByHindi(), w.withApplicant() ? "yours" : "",
            date(w.since()), date(w.due())))
        .toList(), c.waiting().stream().anyMatch(ApplicantCases.Waiting::withApplicant));
    Registered registered = c.registered() == null ? null : new Registered(c.registered().registrationNumber(),
        date(c.registered().registeredOn()), c.registered().deemed(),
        signedIn ? "/api/registrations/" + c.applicationNumber() + "/certificate" : null);
    Refused refused = c.refused() == null ? null : new Refused(c.refused().reasons() == null ? NONE : c.refused().reasons(),
        date(c.refused().refusedOn()), date(c.refused().appealBy()),
        signedIn && c.refused().appealable() ? APPEAL_HREF : null, !signedIn && c.refused().appealable());
    return new Card(signedIn ? "/api/my-applications/" + c.applicationNumber() + "/acknowledgement" : null,
        c.applicationNumber(), c.societyName(), c.status().name().toLowerCase(Locale.ROOT).replace('_', '-'),
        c.status().english, c.status().hindi, CertificateRenderer.typeName(c.type()), c.district(), c.state(),
        c.districtHindi(), c.stateHindi(), date(c.submittedOn()), waiting, registered, refused);
  }

  private static String date(LocalDate day) {
    return day == null ? NONE : DATE.format(day);
  }

  private record Mine(List<Card> cases) {
  }

  /** {@code message} and {@code found} are left out when null. */
  private record Track(String applicationNumber, Message message, Card found) {
  }

  /** {@code waiting}, {@code registered} and {@code refused} are left out when null. */
  /** {@code slipHref} is null on the public page. */
  private record Card(String slipHref, String applicationNumber, String societyName, String statusClass, String statusEnglish,
      String statusHindi, String type, String district, String state, String districtHindi, String stateHindi,
      String submittedOn, Waiting waiting, Registered registered, Refused refused) {
  }

  private record Waiting(List<Step> steps, boolean yourTurn) {
  }

  private record Step(String step, String heldBy, String heldByHindi, String rowClass, String since, String due) {
  }

  /** {@code certificateHref} is null on the public page: the certificate needs a sign-in. */
  private record Registered(String registrationNumber, String registeredOn, boolean deemed, String certificateHref) {
  }

  private record Refused(String reasons, String refusedOn, String appealBy, String appealHref, boolean appealBySignIn) {
  }
}
