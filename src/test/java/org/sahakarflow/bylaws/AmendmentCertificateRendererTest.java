package org.sahakarflow.bylaws;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class AmendmentCertificateRendererTest {

  @Test
  void theAmendmentCertificateNamesTheSocietyTheCaseAndTheActivities() throws IOException {
    byte[] pdf = new AmendmentCertificateRenderer().render(new AmendmentCertificateRenderer.Certificate(
        "Rajasthan", "Kheda Bahuuddeshiya Prathmik Krishi Rin Sahakari Samiti", "RJ/UDR/MPACS/2026/0042", "Udaipur",
        "BYL-RJ-UDR-2026-000007", "Model Bye-laws for PACS (Rajasthan, 2023)", LocalDate.of(2026, 2, 1),
        LocalDate.of(2026, 3, 9), "Sunita Sharma", List.of("DAIRY", "COMMON_SERVICE_CENTRE")));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains(
          "Certificate of Registration of Amendment", "Kheda Bahuuddeshiya Prathmik Krishi Rin Sahakari Samiti",
          "Amendment case: BYL-RJ-UDR-2026-000007", "- dairy", "- common service centre");
    }
  }

  @Test
  void aLongLineWrapsInsideTheMargins() throws IOException {
    byte[] pdf = new AmendmentCertificateRenderer().render(new AmendmentCertificateRenderer.Certificate(
        "Andaman and Nicobar Islands", "Kheda Bahuuddeshiya Prathmik Krishi Rin Sahakari Samiti",
        "AN/NIC/MPACS/2026/0042", "Nicobars", "BYL-AN-NIC-2026-000007",
        "Model Bye-laws for Primary Agricultural Credit Societies (Andaman and Nicobar Islands, 2023)",
        LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 9), "Sunita Sharma", List.of("DAIRY")));

    // the page's margin is 72 points (one inch); the text keeps it
    assertThat(CertificateMargins.rightMargin(pdf)).isGreaterThanOrEqualTo(71f);
  }
}
