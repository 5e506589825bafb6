package org.sahakarflow.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.sahakarflow.Pdfs;

class MembershipCertificateRendererTest {

  final MembershipCertificateRenderer renderer = new MembershipCertificateRenderer();

  @Test
  void aLatinCertificateNamesTheSocietyAndItsPaymentInTheStandardFonts() throws IOException {
    try (PDDocument document = Loader.loadPDF(renderer.render(certificate("Kheda Bahuuddeshiya PACS")))) {
      assertThat(text(document)).contains("Certificate of Membership", "Kheda Bahuuddeshiya PACS",
          "Membership number: NCEL/2026/000123", "Share money paid: 5 shares, Rs. 5,000");
      assertThat(Pdfs.firstPageFonts(document)).isNotEmpty().noneMatch(PDFont::isEmbedded);
    }
  }

  @Test
  void aDevanagariNamePrintsAndANameInAnotherScriptIsRefusedNotGarbled() throws IOException {
    try (PDDocument document = Loader.loadPDF(renderer.render(certificate("खेड़ा बहुउद्देशीय सहकारी समिति मर्यादित")))) {
      assertThat(text(document)).contains("Membership number: NCEL/2026/000123");
    }
    assertThatThrownBy(() -> renderer.render(certificate("கூட்டுறவு சங்கம்")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot print");
  }

  private static MembershipCertificateRenderer.Certificate certificate(String societyName) {
    return new MembershipCertificateRenderer.Certificate("National Cooperative Exports Limited", societyName,
        "RJ/UDR/MPACS/2026/0042", "Udaipur", "Rajasthan", "NCEL/2026/000123", LocalDate.of(2026, 3, 9),
        "Share money paid: 5 shares, ₹5,000", "NCEL-APP-2026-000123", "R. K. Verma");
  }

  private static String text(PDDocument document) throws IOException {
    return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
  }
}
