package org.sahakarflow.registration;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.sahakarflow.sla.OpenSteps;
import org.sahakarflow.system.India;
import org.springframework.stereotype.Component;

/**
 * The application as a plain page an officer opens from Tasklist, from
 * {@code templates/registration/application.mustache}. Boot's compiler HTML-escapes every value.
 */
@Component
class ApplicationPage {

  private static final String NONE = "—";

  private static final DateTimeFormatter IST =
      DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(India.ZONE);

  private final Template template;

  ApplicationPage(Mustache.Compiler mustache) {
    this.template = mustache.loadTemplate("registration/application");
  }

  String render(CaseApplications.Filed a) {
    return template.execute(new View(shown(a.applicationNumber()), shown(a.societyName()),
        shown(a.status()), shown(a.societyType()), a.stateCode() + ", " + a.districtCode() + multiState(a.multiState()),
        shown(a.block()), panchayat(a), shown(a.areaOfOperation()), shown(a.objects()),
        shown(a.shareCapitalSubscribed()), shown(a.shareCapitalPaid()), shown(a.dccbAccountNumber()),
        shown(a.creditBalanceCertificateNumber()), depositProof(a.depositProofRequired()), fee(a.fee()),
        verdict(a.formationVerdict()),
        Boolean.TRUE.equals(a.modelByeLawsAdopted()) ? "yes / हाँ" : "no / नहीं",
        a.chiefPromoterEmail() + ", " + a.chiefPromoterMobile(),
        a.submittedAt() == null ? null : ist(a.submittedAt().toInstant()),
        a.waitingAt().stream().map(ApplicationPage::step).toList(), a.promoters().size(),
        a.promoters().stream().map(ApplicationPage::promoter).toList(),
        a.documents().stream().map(d -> new Document(shown(d.href()), shown(d.name()),
            shown(d.fileName()))).toList()));
  }

  /** The panchayat with its LGD code, and the M-PACS the registrar was shown already serving it. */
  private static String panchayat(CaseApplications.Filed a) {
    return shown(a.gramPanchayat()) + (a.gramPanchayatLgdCode() == null ? "" : " (LGD " + a.gramPanchayatLgdCode() + ")")
        + (a.panchayatServedBy() == null ? "" : " — ⚠ already has an M-PACS / पहले से एम-पैक्स: " + a.panchayatServedBy());
  }

  private static String multiState(CaseApplications.MultiState multiState) {
    return multiState == null ? "" : " (multi-State society / बहु-राज्य समिति: " + String.join(", ", multiState.areaStates())
        + "; registered office / पंजीकृत कार्यालय " + shown(multiState.officeDistrictCode()) + ")";
  }

  private static String depositProof(Boolean required) {
    return required == null ? NONE : required ? "required / आवश्यक" : "not required / आवश्यक नहीं";
  }

  private static Fee fee(CaseApplications.Fee fee) {
    return new Fee(shown(fee.authorisedShareCapital()), shown(fee.due()), shown(fee.basis()), shown(fee.paid()),
        shown(fee.paymentReference()));
  }

  /** Null (the section says the agency has not reported) until there is a verdict. */
  private static Verdict verdict(CaseApplications.FormationVerdict verdict) {
    if (verdict == null) {
      return null;
    }
    return new Verdict(shown(verdict.agency()), shown(verdict.findings()),
        RecordFormationVerdictListener.NEGATIVE.equals(verdict.verdict()), verdict.registrationReasons());
  }

  private static Step step(OpenSteps.Waiting step) {
    return new Step(shown(step.name()), shown(step.heldBy()), ist(step.since()),
        step.due() == null ? null : ist(step.due()));
  }

  private static Promoter promoter(Map<String, Object> promoter) {
    return new Promoter(shown(promoter.get("name")), shown(promoter.get("householdId")),
        shown(promoter.get("village")) + (promoter.get("stateCode") == null ? "" : " (" + promoter.get("stateCode") + ")"),
        shown(promoter.get("sharesSubscribed")));
  }

  private static String ist(Instant at) {
    return IST.format(at) + " IST";
  }

  private static String shown(Object value) {
    return value == null ? NONE : value.toString();
  }

  /**
   * Every value as it is shown; {@code submitted}, a step's {@code due} and the {@code verdict} (not
   * yet reported) are left out when null.
   */
  private record View(String applicationNumber, String societyName, String status,
      String societyType, String stateAndDistrict, String block, String gramPanchayat,
      String areaOfOperation, String objects, String shareCapitalSubscribed, String shareCapitalPaid,
      String dccbAccountNumber, String creditBalanceCertificateNumber, String depositProof, Fee fee,
      Verdict verdict, String modelByeLawsAdopted,
      String chiefPromoter, String submitted, List<Step> waiting, int promoterCount,
      List<Promoter> promoters, List<Document> documents) {
  }

  private record Fee(String authorisedShareCapital, String due, String basis, String paid, String paymentReference) {
  }

  /** {@code registrationReasons} is left out when null. */
  private record Verdict(String agency, String findings, boolean negative, String registrationReasons) {
  }

  private record Step(String name, String heldBy, String since, String due) {
  }

  private record Promoter(String name, String householdId, String village, String sharesSubscribed) {
  }

  private record Document(String href, String name, String fileName) {
  }
}
