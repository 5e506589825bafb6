package org.sahakarflow.membership;

import static org.sahakarflow.system.CertificateFonts.Style.BOLD;
import static org.sahakarflow.system.CertificateFonts.Style.REGULAR;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.sahakarflow.system.CertificateFonts;
import org.sahakarflow.system.CertificateFonts.Style;

/**
 * Draws the membership certificate on one A4 page, in English, in the standard PDF fonts like the
 * amendment certificate ({@link CertificateFonts}: Latin script only).
 */
class MembershipCertificateRenderer {

  static final String TITLE = "Certificate of Membership";
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
  private static final float MARGIN = 72;
  private static final float SIZE = 11;

  byte[] render(Certificate c) {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      document.getDocumentInformation().setTitle(TITLE + " " + c.membershipNumber());
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        float width = page.getMediaBox().getWidth();
        content.setLineWidth(2);
        content.addRect(36, 36, width - 72, page.getMediaBox().getHeight() - 72);
        content.stroke();
        float y = page.getMediaBox().getHeight() - MARGIN - 20;
        y = line(content, BOLD, 18, c.nationalSocietyName(), MARGIN, y);
        y = line(content, REGULAR, SIZE, "a multi-State cooperative society under the Multi-State Co-operative Societies Act, 2002", MARGIN, y) - 18;
        y = line(content, BOLD, 16, TITLE, MARGIN, y) - 6;
        y = line(content, REGULAR, SIZE, "This is to certify that", MARGIN, y);
        y = line(content, BOLD, 14, c.societyName(), MARGIN, y);
        y = line(content, REGULAR, SIZE, "registration number " + c.registrationNumber() + ", " + c.districtName()
            + ", " + c.stateName() + ",", MARGIN, y);
        y = line(content, REGULAR, SIZE, "is admitted as a member of " + c.nationalSocietyName() + ".", MARGIN, y) - 12;
        y = line(content, REGULAR, SIZE, "Membership number: " + c.membershipNumber(), MARGIN, y);
        y = line(content, REGULAR, SIZE, "Date of admission: " + DATE.format(c.admittedOn()), MARGIN, y);
        y = line(content, REGULAR, SIZE, c.payment(), MARGIN, y);
        y = line(content, REGULAR, SIZE, "Application: " + c.applicationNumber(), MARGIN, y) - 12;
        line(content, REGULAR, SIZE, "For the Board: " + c.signatoryName(), MARGIN, y);
      }
      ByteArrayOutputStream pdf = new ByteArrayOutputStream();
      document.save(pdf);
      return pdf.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render the membership certificate of " + c.applicationNumber(), e);
    }
  }

  private static float line(PDPageContentStream content, Style style, float size, String text, float x,
      float y) throws IOException {
    content.beginText();
    content.setFont(CertificateFonts.font(style), size);
    content.newLineAtOffset(x, y);
    // the standard fonts have no rupee sign
    content.showText(text.replace("₹", "Rs. "));
    content.endText();
    return y - size * 1.5f;
  }

  /** @param payment e.g. "Share money paid: 5 shares, Rs. 5,000" */
  record Certificate(String nationalSocietyName, String societyName, String registrationNumber,
      String districtName, String stateName, String membershipNumber, LocalDate admittedOn,
      String payment, String applicationNumber, String signatoryName) {
  }
}
