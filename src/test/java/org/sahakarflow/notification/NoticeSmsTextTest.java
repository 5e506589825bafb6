package org.sahakarflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahakarflow.system.IndianMobile;

/** Whom an SMS goes to and what it says. */
class NoticeSmsTextTest {

  @Test
  void anIndianMobileIsReadAsPeopleWriteIt() {
    for (String written : List.of("9876543210", "+919876543210", "+91 98765 43210", "91-98765-43210", "09876543210",
        " 98765 43210 ")) {
      assertThat(IndianMobile.of(written)).as(written).contains("9876543210");
    }
  }

  @Test
  void anythingElseIsNoMobile() {
    for (String written : List.of("", "12345", "5876543210", "98765432101", "+44 7911 123456", "0294-2412345",
        "98765abcde")) {
      assertThat(IndianMobile.of(written)).as(written).isEmpty();
    }
    assertThat(IndianMobile.of(null)).isEmpty();
  }

  @Test
  void bothSubjectLinesWhereTheyFitOneSms() {
    NoticeMessage message = new NoticeMessage("आवेदन RJ-UDR-MPACS-2026-000123 के संबंध में प्रश्न / Query on application "
        + "RJ-UDR-MPACS-2026-000123", "body", List.of("आवेदन RJ-UDR-MPACS-2026-000123 के संबंध में प्रश्न",
        "Query on application RJ-UDR-MPACS-2026-000123"));

    assertThat(NoticeSms.text(message, "RJ-UDR-MPACS-2026-000123")).isEqualTo(message.subject());
  }

  @Test
  void theEnglishLineWithTheCaseNumberWhereBothAreTooLong() {
    String society = "Shri Kheda Bahuuddeshiya Prathamik Krishi Sahakari Samiti Maryadit";
    List<String> subjects = List.of("समिति पंजीकृत: " + society + ", पंजीकरण संख्या RJ/UDR/MPACS/2026/0007",
        "Society registered: " + society + ", registration number RJ/UDR/MPACS/2026/0007");
    NoticeMessage message = new NoticeMessage(String.join(" / ", subjects), "body", subjects);

    String text = NoticeSms.text(message, "RJ-UDR-MPACS-2026-000123");

    assertThat(text).isEqualTo(message.subjects().get(1) + " (RJ-UDR-MPACS-2026-000123)");
    assertThat(text.length()).isLessThanOrEqualTo(NoticeSms.SINGLE_SMS);
  }
}
