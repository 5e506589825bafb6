package org.sahakarflow.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.sahakarflow.Pdfs;
import org.sahakarflow.society.SocietyType;

class CertificateRendererTest {

  static final String AREA = "Revenue villages of Kheda, Bhuwana, Badi, Sisarma, Kaladwas, "
      + "Titardi and Savina Khera in Girwa block, Udaipur district, with all their hamlets";

  static final String RAJASTHAN_ACT = "the Rajasthan Co-operative Societies Act, 2001";
  static final String VERIFY_URL = "http://localhost:8080/verify/RJ/UDR/MPACS/2026/0042?code=K7PQ2MXA";

  final CertificateRenderer renderer = new CertificateRenderer();

  @Test
  void certificateShowsTheSocietyItsNumberAreaOfficerAndWhereToVerify() throws IOException {
    byte[] pdf = renderer.render(certificate("Kheda Bahuuddeshiya PACS", "Sunita Sharma", false));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
      assertThat(document.getPage(0).getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
      assertThat(text(document)).contains(
          "Certificate of Registration",
          "registered under the Rajasthan Co-operative Societies Act, 2001",
          "Kheda Bahuuddeshiya PACS",
          "Type of society: M-PACS",
          "Registration number: RJ/UDR/MPACS/2026/0042",
          "Date of registration: 9 March 2026",
          "District: Udaipur, Rajasthan",
          "Area of operation: " + AREA,
          "Registering officer: Sunita Sharma",
          "Designation: Assistant Registrar of Co-operative Societies, Udaipur",
          "Verification code: K7PQ2MXA",
          "Verify at http://localhost:8080/verify/RJ/UDR/MPACS/2026/0042?code=K7PQ2MXA")
          .doesNotContain(CertificateRenderer.DEEMED);
    }
  }

  @Test
  void theQrCodeOnThePageOpensTheVerificationAddress() throws IOException {
    byte[] pdf = renderer.render(certificate("Kheda Bahuuddeshiya PACS", "Sunita Sharma", false));

    assertThat(Pdfs.qrCode(pdf)).isEqualTo(VERIFY_URL);
  }

  @Test
  void deemedRegistrationSaysSoInsteadOfNamingAnOfficer() throws IOException {
    byte[] pdf = renderer.render(certificate("Bhuwana Dugdh Utpadak Sahakari Samiti", null, true));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(text(document)).contains("Registering officer: " + CertificateRenderer.DEEMED)
          .doesNotContain("Designation");
    }
  }

  @Test
  void aWordWiderThanTheLineIsBrokenAndNothingOfItLost() throws IOException {
    String url = "https://sahakar.rajasthan.example.gov.in/verify/" + "RJ%2FUDR%2FMPACS%2F2026%2F0042".repeat(4)
        + "?code=K7PQ2MXA";
    CertificateRenderer.Certificate wide = new CertificateRenderer.Certificate("Rajasthan", RAJASTHAN_ACT,
        "Kheda PACS", SocietyType.MPACS, "RJ/UDR/MPACS/2026/0042", LocalDate.of(2026, 3, 9), "Udaipur", AREA,
        "Sunita Sharma", "Assistant Registrar of Co-operative Societies, Udaipur", false, "K7PQ2MXA", url);

    try (PDDocument document = Loader.loadPDF(renderer.render(wide))) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text.replaceAll("\\s+", "")).contains("Verifyat" + url);
      assertThat(text.replaceAll("\\s+", " ")).doesNotContain(url);
    }
  }

  @Test
  void typesArePrintedInWords() {
    assertThat(CertificateRenderer.typeName(SocietyType.DAIRY)).isEqualTo("Dairy cooperative society");
    assertThat(CertificateRenderer.typeName(SocietyType.FISHERIES)).isEqualTo("Fisheries cooperative society");
  }

  @Test
  void aLatinCertificateEmbedsNoFont() throws IOException {
    try (PDDocument document = Loader.loadPDF(renderer.render(certificate("Kheda Bahuuddeshiya PACS", "Sunita Sharma", false)))) {
      assertThat(Pdfs.firstPageFonts(document)).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isFalse());
    }
  }

  @Test
  void aDevanagariNameIsPrintedAndTextInOtherScriptsIsRefusedNotGarbled() throws IOException {
    byte[] hindi = renderer.render(certificate("खेड़ा बहुउद्देशीय सहकारी समिति मर्यादित", "सुनीता शर्मा", false));
    try (PDDocument document = Loader.loadPDF(hindi)) {
      // the name is drawn (shaped outlines, not text), the rest stays text
      assertThat(text(document)).contains("Registration number: RJ/UDR/MPACS/2026/0042", "Registering officer:");
    }
    assertThat(Pdfs.qrCode(hindi)).isEqualTo(VERIFY_URL);

    assertThatThrownBy(() -> renderer.render(certificate("கூட்டுறவு சங்கம்", "Sunita Sharma", false)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot print");
  }

  private static CertificateRenderer.Certificate certificate(String name, String officer, boolean deemed) {
    return new CertificateRenderer.Certificate("Rajasthan", RAJASTHAN_ACT, name, SocietyType.MPACS,
        "RJ/UDR/MPACS/2026/0042", LocalDate.of(2026, 3, 9), "Udaipur", AREA, officer,
        deemed ? null : "Assistant Registrar of Co-operative Societies, Udaipur", deemed,
        "K7PQ2MXA", VERIFY_URL);
  }

  /** The page's text with line breaks as spaces, since long values wrap. */
  private static String text(PDDocument document) throws IOException {
    return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
  }
}
