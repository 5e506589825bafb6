package org.sahakarflow.registration;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.sahakarflow.sla.OpenSteps;
import org.sahakarflow.system.India;
import org.springframework.web.util.HtmlUtils;

/** The application as a plain page an officer opens from Tasklist; every value is escaped. */
final class ApplicationPage {

  private static final DateTimeFormatter IST =
      DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(India.ZONE);

  private ApplicationPage() {
  }

  static String render(CaseApplications.Filed a) {
    StringBuilder page = new StringBuilder("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
        <title>Application %1$s</title>
        <style>body{font-family:sans-serif;margin:2em;max-width:60em}th{text-align:left;padding-right:1em;
        vertical-align:top}td,th{border-bottom:1px solid #ddd;padding:.3em}table{border-collapse:collapse}</style>
        </head><body><h1>%2$s</h1><p>Application / आवेदन <strong>%1$s</strong> (%3$s)</p><table id="application">
        """.formatted(esc(a.applicationNumber()), esc(a.societyName()), esc(a.status())));
    row(page, "Society type / समिति का प्रकार", a.societyType());
    row(page, "State, district / राज्य, ज़िला", a.stateCode() + ", " + a.districtCode());
    row(page, "Block / विकासखंड", a.block());
    row(page, "Gram panchayat / ग्राम पंचायत", a.gramPanchayat());
    row(page, "Area of operation / कार्यक्षेत्र", a.areaOfOperation());
    row(page, "Objects / उद्देश्य", a.objects());
    row(page, "Share capital subscribed / अभिदत्त अंश पूँजी (₹)", a.shareCapitalSubscribed());
    row(page, "Share capital paid / प्रदत्त अंश पूँजी (₹)", a.shareCapitalPaid());
    row(page, "DCCB account / डीसीसीबी खाता", a.dccbAccountNumber());
    row(page, "Credit-balance certificate / जमा प्रमाणपत्र", a.creditBalanceCertificateNumber());
    row(page, "Model Bye-laws adopted / आदर्श उपविधि अपनाई", Boolean.TRUE.equals(a.modelByeLawsAdopted()) ? "yes / हाँ" : "no / नहीं");
    row(page, "Chief promoter / मुख्य प्रवर्तक", a.chiefPromoterEmail() + ", " + a.chiefPromoterMobile());
    if (a.submittedAt() != null) {
      row(page, "Submitted / जमा", ist(a.submittedAt().toInstant()));
    }
    page.append("</table><h2>Waiting at / अभी कहाँ</h2><ul id=\"waiting\">");
    for (OpenSteps.Waiting step : a.waitingAt()) {
      page.append("<li>").append(esc(step.name())).append(" — ").append(esc(step.heldBy()))
          .append(", since ").append(esc(ist(step.since()))).append(step.due() == null ? ""
              : ", due " + esc(ist(step.due()))).append("</li>");
    }
    if (a.waitingAt().isEmpty()) {
      page.append("<li>nothing open / कुछ लंबित नहीं</li>");
    }
    page.append("</ul><h2>Promoters / प्रवर्तक (").append(a.promoters().size()).append(")</h2>")
        .append("<table id=\"promoters\"><tr><th>Name</th><th>Household</th><th>Village</th><th>Shares</th></tr>");
    for (Map<String, Object> promoter : a.promoters()) {
      page.append("<tr><td>").append(esc(promoter.get("name"))).append("</td><td>")
          .append(esc(promoter.get("householdId"))).append("</td><td>").append(esc(promoter.get("village")))
          .append("</td><td>").append(esc(promoter.get("sharesSubscribed"))).append("</td></tr>");
    }
    page.append("</table><h2>Documents / दस्तावेज़</h2><ul id=\"documents\">");
    for (CaseApplications.Document document : a.documents()) {
      page.append("<li><a href=\"").append(esc(document.href())).append("\">").append(esc(document.name()))
          .append("</a> (").append(esc(document.fileName())).append(")</li>");
    }
    if (a.documents().isEmpty()) {
      page.append("<li>not uploaded yet / अभी अपलोड नहीं</li>");
    }
    return page.append("</ul></body></html>").toString();
  }

  private static String ist(Instant at) {
    return IST.format(at) + " IST";
  }

  private static void row(StringBuilder page, String label, Object value) {
    page.append("<tr><th>").append(esc(label)).append("</th><td>").append(esc(value)).append("</td></tr>");
  }

  private static String esc(Object value) {
    return value == null ? "—" : HtmlUtils.htmlEscape(value.toString(), "UTF-8");
  }
}
