package org.sahakarflow.bylaws;

import static org.sahakarflow.system.CertificateFonts.Style.BOLD;
import static org.sahakarflow.system.CertificateFonts.Style.REGULAR;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.sahakarflow.system.CertificateFonts;
import org.sahakarflow.system.CertificateFonts.Style;

/**
 * Draws the certificate of registration of a bye-law amendment on one A4 page, in English, in the
 * standard PDF fonts like the registration certificate ({@link CertificateFonts}: Latin script only).
 * Kept apart from registration's renderer, whose layout is that of a new society's certificate.
 */
class AmendmentCertificateRenderer {

  static final String TITLE = "Certificate of Registration of Amendment";
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
  private static final float MARGIN = 72;
  private static final float SIZE = 11;

  byte[] render(Certificate c) {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      document.getDocumentInformation().setTitle(TITLE + " " + c.caseNumber());
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        float width = page.getMediaBox().getWidth();
        content.setLineWidth(2);
        content.addRect(36, 36, width - 72, page.getMediaBox().getHeight() - 72);
        content.stroke();
        float y = page.getMediaBox().getHeight() - MARGIN - 20;
        y = line(content, BOLD, 18, TITLE, MARGIN, y);
        y = line(content, REGULAR, SIZE, "under the " + c.stateName() + " Cooperative Societies Act", MARGIN, y) - 18;
        y = line(content, REGULAR, SIZE, "The amendment of the bye-laws of", MARGIN, y);
        y = line(content, BOLD, 14, c.societyName(), MARGIN, y);
        y = line(content, REGULAR, SIZE, "registration number " + c.registrationNumber() + ", " + c.districtName()
            + ", adopting the " + c.byeLawVersion() + ", is registered.", MARGIN, y) - 12;
        y = line(content, REGULAR, SIZE, "Amendment case: " + c.caseNumber(), MARGIN, y);
        y = line(content, REGULAR, SIZE, "Resolution of the general meeting held on " + DATE.format(c.meetingDate()), MARGIN, y);
        y = line(content, REGULAR, SIZE, "Date of registration of the amendment: " + DATE.format(c.registeredOn()), MARGIN, y);
        y = line(content, REGULAR, SIZE, "Registering officer: " + c.officerName(), MARGIN, y) - 12;
        y = line(content, BOLD, SIZE, "Activities the society may take up:", MARGIN, y);
        for (String activity : c.activities()) {
          y = line(content, REGULAR, SIZE, "- " + activity.replace('_', ' ').toLowerCase(Locale.ENGLISH), MARGIN + 12, y);
        }
      }
      ByteArrayOutputStream pdf = new ByteArrayOutputStream();
      document.save(pdf);
      return pdf.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render the amendment certificate of " + c.caseNumber(), e);
    }
  }

  private static float line(PDPageContentStream content, Style style, float size, String text, float x,
      float y) throws IOException {
    content.beginText();
    content.setFont(CertificateFonts.font(style), size);
    content.newLineAtOffset(x, y);
    content.showText(text);
    content.endText();
    return y - size * 1.5f;
  }

  record Certificate(String stateName, String societyName, String registrationNumber,
      String districtName, String caseNumber, String byeLawVersion, LocalDate meetingDate,
      LocalDate registeredOn, String officerName, List<String> activities) {
  }
}
