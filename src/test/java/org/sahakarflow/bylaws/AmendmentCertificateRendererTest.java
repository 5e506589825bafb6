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
        "the Rajasthan Co-operative Societies Act, 2001", "Kheda Bahuuddeshiya Prathmik Krishi Rin Sahakari Samiti",
        "RJ/UDR/MPACS/2026/0042", "Udaipur",
        "BYL-RJ-UDR-2026-000007", "Model Bye-laws for PACS (Rajasthan, 2023)", LocalDate.of(2026, 2, 1),
        LocalDate.of(2026, 3, 9), "Sunita Sharma", "Assistant Registrar of Co-operative Societies, Udaipur",
        List.of("DAIRY", "COMMON_SERVICE_CENTRE")));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains(
          "Certificate of Registration of Amendment", "Kheda Bahuuddeshiya Prathmik Krishi Rin Sahakari Samiti",
          "under the Rajasthan Co-operative Societies Act, 2001", "Amendment case: BYL-RJ-UDR-2026-000007",
          "Designation: Assistant Registrar of Co-operative Societies, Udaipur", "- dairy", "- common service centre");
    }
  }

  @Test
  void aDeemedAmendmentNamesNoOfficerAndOneTheRegistrarRegisteredOnADirectionNoMeeting() throws IOException {
    byte[] deemed = new AmendmentCertificateRenderer().render(new AmendmentCertificateRenderer.Certificate(
        "section 13 of the Maharashtra Co-operative Societies Act, 1960", "Pune PACS", "MH/PUN/PACS/1985/0042", "Pune", "MH-PUN-BYLAW-2026-000003",
        "Model Bye-laws for PACS (2023)", LocalDate.of(2026, 3, 17), LocalDate.of(2026, 7, 20), null, null,
        List.of("DAIRY")));
    byte[] directed = new AmendmentCertificateRenderer().render(new AmendmentCertificateRenderer.Certificate(
        "section 13 of the Maharashtra Co-operative Societies Act, 1960", "Pune PACS", "MH/PUN/PACS/1985/0042", "Pune", "MH-PUN-BYLAW-2026-000004",
        "Model Bye-laws for PACS (2023)", null, LocalDate.of(2026, 6, 5), "Asha Patil",
        "Registrar of Co-operative Societies, Maharashtra", List.of("DAIRY")));

    try (PDDocument document = Loader.loadPDF(deemed)) {
      assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains(
          "general meeting held on 17 March 2026", "Date of registration of the amendment: 20 July 2026",
          "Registering officer: none - deemed registered under the Act");
    }
    try (PDDocument document = Loader.loadPDF(directed)) {
      assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains(
          "Registered by the Registrar, the society not having adopted the amendment he directed",
          "under section 13 of the Maharashtra Co-operative Societies Act, 1960",
          "Registering officer: Asha Patil", "Designation: Registrar of Co-operative Societies, Maharashtra")
          .doesNotContain("general meeting");
    }
  }

  @Test
  void aLongLineWrapsInsideTheMargins() throws IOException {
    byte[] pdf = new AmendmentCertificateRenderer().render(new AmendmentCertificateRenderer.Certificate(
        "the Andaman and Nicobar Islands Co-operative Societies Regulation, 1973", "Kheda Bahuuddeshiya Prathmik Krishi Rin Sahakari Samiti",
        "AN/NIC/MPACS/2026/0042", "Nicobars", "BYL-AN-NIC-2026-000007",
        "Model Bye-laws for Primary Agricultural Credit Societies (Andaman and Nicobar Islands, 2023)",
        LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 9), "Sunita Sharma",
        "Assistant Registrar of Co-operative Societies, Nicobars", List.of("DAIRY")));

    // the page's margin is 72 points (one inch); the text keeps it
    assertThat(CertificateMargins.rightMargin(pdf)).isGreaterThanOrEqualTo(71f);
  }
}
