package org.sahakarflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class NoticeTemplatesTest {

  /** The case variables the BPMN models promise to provide to notices (plus {@code now}). */
  static final Set<String> KNOWN_VARIABLES = Set.of("applicationNumber", "societyName",
      "districtCode", "stateCode", "queryText", "replyDueDate", "taskName", "dueDate",
      "registrationNumber", "registrationDate", "certificateUrl", "certificateDownloadUrl", "refusalReasons",
      "appealDeadline", "lapseReason", "now",
      // dccb-credit-linkage
      "sanctionedLimit", "validUntil", "kccDemandTotal", "sanctionRemarks", "reasons", "refinanceReason",
      // bye-law-adoption
      "directionReasons", "noticeIssuedOn", "earliestMeetingDate", "voteSummary", "submissionDeadline",
      "byeLawVersion", "amendmentRegisteredOn", "complyBy", "directionOutcome",
      // national-coop-membership
      "nationalSociety", "nationalSocietyName", "membershipNumber", "admittedOn", "appealOrderReasons");
  static final Pattern DEVANAGARI = Pattern.compile("[\\u0900-\\u097F]");

  final NoticeTemplates templates = new NoticeTemplates();

  @Test
  void everyNoticeHasAHindiAndAnEnglishTemplateUsingOnlyKnownVariables() throws Exception {
    for (Notice notice : Notice.values()) {
      for (String language : NoticeTemplates.LANGUAGES) {
        String path = NoticeTemplates.path(notice, language);
        String text;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
          assertThat(in).as(path).isNotNull();
          text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String[] lines = text.split("\n", 2);
        assertThat(lines[0]).as(path + " subject").isNotBlank();
        assertThat(lines[1]).as(path + " body").contains("{{applicationNumber}}");
        assertThat(DEVANAGARI.matcher(text).find()).as(path + " in Devanagari")
            .isEqualTo(language.equals("hi"));
        Matcher placeholder = Pattern.compile("\\{\\{(\\w+)}}").matcher(text);
        while (placeholder.find()) {
          assertThat(KNOWN_VARIABLES).as(path).contains(placeholder.group(1));
        }
      }
    }
  }

  @Test
  void templateNamesAreTheNoticeInKebabCase() {
    assertThat(Notice.QUERY_RAISED.templateName()).isEqualTo("query-raised");
    assertThat(NoticeTemplates.path(Notice.DECISION_REGISTERED, "hi"))
        .isEqualTo("mail/decision-registered.hi.txt");
  }

  @Test
  void queryNoticeIsOneMessageHindiFirstThenEnglish() {
    NoticeMessage message = templates.render(Notice.QUERY_RAISED, Map.of(
        "applicationNumber", "RJ-UDR-MPACS-2026-000123", "societyName", "Kheda PACS",
        "districtCode", "RJ-UDR", "queryText", "Attach the bank certificate.",
        "replyDueDate", Date.from(Instant.parse("2026-03-31T20:00:00Z"))));

    assertThat(message.subject()).isEqualTo("आवेदन RJ-UDR-MPACS-2026-000123 के संबंध में प्रश्न"
        + " / Query on application RJ-UDR-MPACS-2026-000123");
    String[] parts = message.body().split("\n\n" + NoticeTemplates.SEPARATOR + "\n\n");
    assertThat(parts).hasSize(2);
    assertThat(parts[0]).startsWith("आदरणीय मुख्य प्रवर्तक,")
        .contains("\"Kheda PACS\"", "(आवेदन संख्या RJ-UDR-MPACS-2026-000123)",
            "Attach the bank certificate.", "दिनांक 01-04-2026 तक", "ज़िला RJ-UDR");
    assertThat(parts[1]).startsWith("Dear Chief Promoter,")
        .contains("(application number RJ-UDR-MPACS-2026-000123)", "Attach the bank certificate.",
            "on or before 01-04-2026", "district RJ-UDR");
    assertThat(message.body()).doesNotContain("{{", "}}", NoticeTemplates.MISSING).endsWith("\n");
  }

  @Test
  void aMissingVariableShowsADashAndIsLogged(CapturedOutput output) {
    Map<String, Object> variables = new HashMap<>(Map.of(
        "applicationNumber", "RJ-UDR-MPACS-2026-000124", "societyName", "Bhuwana PACS",
        "districtCode", "RJ-UDR", "stateCode", "RJ"));
    variables.put("appealDeadline", null);

    NoticeMessage message = templates.render(Notice.DECISION_REFUSED, variables);

    assertThat(message.body()).contains("to the appellate authority on or before —, quoting").doesNotContain("{{");
    assertThat(output).containsOnlyOnce("notice DECISION_REFUSED of case RJ-UDR-MPACS-2026-000124: "
        + "no value for [appealDeadline, refusalReasons]");
  }

  @Test
  void refusalReasonsFromAJsonListAreShownOnePerLine() {
    NoticeMessage message = templates.render(Notice.DECISION_REFUSED, Map.of(
        "applicationNumber", "RJ-UDR-MPACS-2026-000125",
        "refusalReasons", Spin.JSON("[\"Only 12 promoters from distinct families\","
            + "\"Share capital not deposited\"]"),
        "appealDeadline", Date.from(Instant.parse("2026-06-29T18:30:00Z"))));

    assertThat(message.body()).contains("- Only 12 promoters from distinct families\n"
        + "- Share capital not deposited").contains("on or before 30-06-2026");
  }

  @Test
  void aSubjectStaysOneLineWhateverTheVariablesHold() {
    NoticeMessage message = templates.render(Notice.DECISION_REGISTERED, Map.of(
        "applicationNumber", "RJ-UDR-MPACS-2026-000126", "registrationNumber", "RJ/UDR/2026/7",
        "societyName", "Kheda PACS\r\nBcc: someone@example.in"));

    assertThat(message.subject()).doesNotContain("\r", "\n")
        .endsWith("Society registered: Kheda PACS Bcc: someone@example.in, registration number "
            + "RJ/UDR/2026/7");
  }

  @Test
  void aNoticeIsPlainTextSoNothingIsHtmlEscaped() {
    NoticeMessage message = templates.render(Notice.DECISION_REGISTERED, Map.of(
        "applicationNumber", "RJ-UDR-MPACS-2026-000127", "registrationNumber", "RJ/UDR/2026/8",
        "societyName", "Kheda & Bhuwana \"Dudh\" <Sahkari> Samiti's PACS"));

    assertThat(message.subject()).contains("Kheda & Bhuwana \"Dudh\" <Sahkari> Samiti's PACS");
    assertThat(message.body()).contains("Kheda & Bhuwana \"Dudh\" <Sahkari> Samiti's PACS")
        .doesNotContain("&amp;", "&quot;", "&lt;", "&#39;");
  }

  @Test
  void everyNoticeRendersInBothLanguagesWithAllVariablesGiven() {
    Map<String, Object> all = new HashMap<>();
    KNOWN_VARIABLES.forEach(name -> all.put(name, "<" + name + ">"));
    for (Notice notice : Notice.values()) {
      NoticeMessage message = templates.render(notice, all);
      assertThat(message.subject()).as(notice.name()).contains(" / ");
      assertThat(DEVANAGARI.matcher(message.subject().split(" / ")[0]).find()).isTrue();
      assertThat(message.body()).as(notice.name()).contains(NoticeTemplates.SEPARATOR)
          .contains("<applicationNumber>").doesNotContain("{{", NoticeTemplates.MISSING);
    }
    assertThat(templates.render(Notice.DECISION_REGISTERED, all).body())
        .contains("<certificateUrl>", "<registrationNumber>", "<registrationDate>");
    assertThat(List.of(Notice.values())).hasSize(28);
  }
}
