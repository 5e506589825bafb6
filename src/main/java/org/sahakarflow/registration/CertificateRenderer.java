package org.sahakarflow.registration;

import static org.sahakarflow.system.CertificateFonts.Style.BOLD;
import static org.sahakarflow.system.CertificateFonts.Style.ITALIC;
import static org.sahakarflow.system.CertificateFonts.Style.REGULAR;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.sahakarflow.society.SocietyType;
import org.sahakarflow.system.CertificateFonts;
import org.sahakarflow.system.CertificateFonts.Style;

/**
 * Draws the certificate of registration on one A4 page, in English, in the standard PDF fonts
 * ({@link CertificateFonts}: Latin script only; what they cannot print was refused at entry).
 */
class CertificateRenderer {

  static final String TITLE = "Certificate of Registration";
  static final String DEEMED = "Deemed registered on expiry of the statutory period";
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

  private static final float MARGIN = 72;
  private static final float BORDER = 36;
  private static final float LABEL_WIDTH = 150;
  private static final float BODY_SIZE = 11;
  private static final float LEADING = 1.45f;

  byte[] render(Certificate certificate) {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      describe(document, certificate);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        new Page(content, page.getMediaBox()).draw(certificate);
      }
      ByteArrayOutputStream pdf = new ByteArrayOutputStream();
      document.save(pdf);
      return pdf.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render the certificate of " + certificate.registrationNumber(), e);
    }
  }

  static String typeName(SocietyType type) {
    return switch (type) {
      case MPACS -> "M-PACS";
      case DAIRY -> "Dairy cooperative society";
      case FISHERIES -> "Fisheries cooperative society";
    };
  }

  private static void describe(PDDocument document, Certificate certificate) {
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle(TITLE + " " + certificate.registrationNumber());
    info.setSubject(certificate.societyName());
    info.setCreator("Sahakar Flow");
    GregorianCalendar issued = new GregorianCalendar();
    issued.setTime(ClockUtil.getCurrentTime());
    info.setCreationDate(issued);
  }

  /** Writes top to bottom, keeping track of where the next line goes. */
  private static final class Page {
    private final PDPageContentStream content;
    private final PDRectangle box;
    private float y;

    Page(PDPageContentStream content, PDRectangle box) {
      this.content = content;
      this.box = box;
      this.y = box.getHeight() - MARGIN - 20;
    }

    void draw(Certificate c) throws IOException {
      frame();
      centred(BOLD, 24, TITLE);
      centred(REGULAR, 12, "registered under the " + c.stateName() + " Cooperative Societies Act");
      y -= 28;
      centred(REGULAR, BODY_SIZE, "This is to certify that");
      y -= 6;
      centred(BOLD, 16, c.societyName());
      centred(REGULAR, BODY_SIZE, "has been registered as a cooperative society.");
      y -= 22;
      field("Registration number", c.registrationNumber(), BOLD);
      field("Date of registration", DATE.format(c.registeredOn()), REGULAR);
      field("Type of society", typeName(c.type()), REGULAR);
      field("District", c.districtName() + ", " + c.stateName(), REGULAR);
      field("Area of operation", c.areaOfOperation() == null ? "-" : c.areaOfOperation(), REGULAR);
      field("Registering officer", c.deemed() ? DEEMED : c.officerName(), c.deemed() ? ITALIC : REGULAR);
      y = MARGIN + 40;
      left(REGULAR, 9, "Verification code: " + c.verificationCode(), MARGIN);
      left(REGULAR, 9, "Verify at " + c.verifyUrl(), MARGIN);
    }

    private void frame() throws IOException {
      content.setLineWidth(2);
      content.addRect(BORDER, BORDER, box.getWidth() - 2 * BORDER, box.getHeight() - 2 * BORDER);
      content.stroke();
      content.setLineWidth(0.5f);
      content.addRect(BORDER + 6, BORDER + 6, box.getWidth() - 2 * BORDER - 12, box.getHeight() - 2 * BORDER - 12);
      content.stroke();
    }

    private void centred(Style style, float size, String text) throws IOException {
      for (String line : wrap(style, size, text, box.getWidth() - 2 * MARGIN)) {
        show(style, size, line, (box.getWidth() - width(style, size, line)) / 2);
      }
    }

    private void field(String label, String value, Style style) throws IOException {
      float top = y;
      show(REGULAR, BODY_SIZE, label + ":", MARGIN);
      y = top;
      for (String line : wrap(style, BODY_SIZE, value, box.getWidth() - 2 * MARGIN - LABEL_WIDTH)) {
        show(style, BODY_SIZE, line, MARGIN + LABEL_WIDTH);
      }
      y -= 6;
    }

    private void left(Style style, float size, String text, float x) throws IOException {
      for (String line : wrap(style, size, text, box.getWidth() - 2 * MARGIN)) {
        show(style, size, line, x);
      }
    }

    private void show(Style style, float size, String text, float x) throws IOException {
      content.beginText();
      content.setFont(CertificateFonts.font(style), size);
      content.newLineAtOffset(x, y);
      content.showText(text);
      content.endText();
      y -= size * LEADING;
    }

    /**
     * Breaks at spaces; a word wider than the line (a long URL) is broken where it must be, between
     * characters as the reader sees them (a letter and its accent stay together).
     */
    private static List<String> wrap(Style style, float size, String text, float maxWidth) throws IOException {
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      for (String word : text.strip().split("\\s+")) {
        String candidate = line.isEmpty() ? word : line + " " + word;
        if (width(style, size, candidate) <= maxWidth) {
          line.setLength(0);
          line.append(candidate);
          continue;
        }
        if (!line.isEmpty()) {
          lines.add(line.toString());
          line.setLength(0);
        }
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(word);
        for (int start = characters.first(), end = characters.next(); end != BreakIterator.DONE;
            start = end, end = characters.next()) {
          String character = word.substring(start, end);
          if (!line.isEmpty() && width(style, size, line + character) > maxWidth) {
            lines.add(line.toString());
            line.setLength(0);
          }
          line.append(character);
        }
      }
      lines.add(line.toString());
      return lines;
    }

    private static float width(Style style, float size, String text) throws IOException {
      PDFont font = CertificateFonts.font(style);
      try {
        return font.getStringWidth(text) / 1000 * size;
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("the certificate cannot print '" + text
            + "' in its standard fonts (Latin script only): " + e.getMessage(), e);
      }
    }
  }

  /** What the certificate says; {@code officerName} is null when the society is deemed registered. */
  record Certificate(String stateName, String societyName, SocietyType type,
      String registrationNumber, LocalDate registeredOn, String districtName,
      String areaOfOperation, String officerName, boolean deemed, String verificationCode,
      String verifyUrl) {
  }
}
