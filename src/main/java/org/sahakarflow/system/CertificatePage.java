package org.sahakarflow.system;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.sahakarflow.system.CertificateFonts.Style;

/**
 * One A4 certificate page in the standard PDF fonts, a line with Devanagari shaped and drawn
 * ({@link CertificateFonts}),
 * written top to bottom: a renderer says what its certificate holds, this says where it goes.
 */
public final class CertificatePage {

  private static final float MARGIN = 72;
  private static final float BORDER = 36;
  private static final float FIELD_SIZE = 11;
  private static final float LABEL_WIDTH = 150;

  /** What a certificate puts on its page, top to bottom. */
  @FunctionalInterface
  public interface Drawing {
    void draw(CertificatePage page) throws IOException;
  }

  private final PDDocumentInformation information;
  private final PDPageContentStream content;
  private final PDRectangle box;
  private final float leading;
  private float y;

  private CertificatePage(PDDocumentInformation information, PDPageContentStream content,
      PDRectangle box, float leading) {
    this.information = information;
    this.content = content;
    this.box = box;
    this.leading = leading;
    this.y = box.getHeight() - MARGIN - 20;
  }

  /**
   * @param title the document's title, as a PDF reader shows it
   * @param leading line height as a multiple of the font size
   */
  public static byte[] render(String title, float leading, Drawing drawing) {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      document.getDocumentInformation().setTitle(title);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        drawing.draw(new CertificatePage(document.getDocumentInformation(), content,
            page.getMediaBox(), leading));
      }
      ByteArrayOutputStream pdf = new ByteArrayOutputStream();
      document.save(pdf);
      return pdf.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render " + title, e);
    }
  }

  public PDDocumentInformation information() {
    return information;
  }

  public void border() throws IOException {
    rectangle(2, BORDER);
  }

  /** A thin second border just inside {@link #border()}. */
  public void innerBorder() throws IOException {
    rectangle(0.5f, BORDER + 6);
  }

  public void gap(float points) {
    y -= points;
  }

  /** Moves to the foot of the page, where what follows (a verification note) is written. */
  public void foot() {
    y = MARGIN + 40;
  }

  /** At the margin, wrapped within the margins. */
  public void line(Style style, float size, String text) throws IOException {
    line(style, size, text, 0);
  }

  /**
   * Indented from the margin, wrapped within the margins: nothing a certificate says, however
   * long a name or a State's Act, runs off the page.
   */
  public void line(Style style, float size, String text, float indent) throws IOException {
    for (String line : wrap(style, size, printable(text), box.getWidth() - 2 * MARGIN - indent)) {
      show(style, size, line, MARGIN + indent);
    }
  }

  /** Centred, wrapped within the margins. */
  public void centred(Style style, float size, String text) throws IOException {
    for (String line : wrap(style, size, printable(text), box.getWidth() - 2 * MARGIN)) {
      show(style, size, line, (box.getWidth() - width(style, size, line)) / 2);
    }
  }

  /** A label and its value side by side, the value wrapped in its own column. */
  public void field(String label, String value, Style style) throws IOException {
    float top = y;
    show(Style.REGULAR, FIELD_SIZE, printable(label) + ":", MARGIN);
    y = top;
    for (String line : wrap(style, FIELD_SIZE, printable(value),
        box.getWidth() - 2 * MARGIN - LABEL_WIDTH)) {
      show(style, FIELD_SIZE, line, MARGIN + LABEL_WIDTH);
    }
    y -= 6;
  }

  /**
   * A QR code of {@code text} (the verification address), {@code size} points square, at the
   * bottom right above the foot, drawn as vector squares so it prints sharp at any scale.
   */
  public void qr(String text, float size) throws IOException {
    // no character-set hint: the address is ASCII, and the UTF-8 marker it adds left one code in
    // seven unreadable to ZXing's own reader (tried over 60 verification addresses)
    BitMatrix modules;
    try {
      modules = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
          EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
    } catch (WriterException e) {
      throw new IllegalArgumentException("cannot make a QR code of " + text, e);
    }
    float module = size / modules.getWidth();
    float left = box.getWidth() - MARGIN - size;
    float top = MARGIN + 58 + size;
    // a row's dark modules side by side as one rectangle: no seams between them when rasterised
    for (int row = 0; row < modules.getHeight(); row++) {
      for (int column = 0; column < modules.getWidth(); column++) {
        if (!modules.get(column, row)) {
          continue;
        }
        int end = column;
        while (end + 1 < modules.getWidth() && modules.get(end + 1, row)) {
          end++;
        }
        content.addRect(left + column * module, top - (row + 1) * module, (end - column + 1) * module, module);
        column = end;
      }
    }
    content.fill();
  }

  private void rectangle(float lineWidth, float inset) throws IOException {
    content.setLineWidth(lineWidth);
    content.addRect(inset, inset, box.getWidth() - 2 * inset, box.getHeight() - 2 * inset);
    content.stroke();
  }

  private void show(Style style, float size, String text, float x) throws IOException {
    if (!CertificateFonts.standard(text)) {
      outline(CertificateFonts.shape(text, size), x);
      y -= size * leading;
      return;
    }
    content.beginText();
    content.setFont(CertificateFonts.font(style), size);
    content.newLineAtOffset(x, y);
    try {
      content.showText(text);
    } catch (IllegalArgumentException e) {
      throw unprintable(text, e);
    }
    content.endText();
    y -= size * leading;
  }

  /**
   * A shaped line drawn as its glyphs' outlines at the baseline {@code y}: Java's geometry has y
   * growing downwards, a PDF page's upwards, hence the flip.
   */
  private void outline(GlyphVector glyphs, float x) throws IOException {
    PathIterator path = glyphs.getOutline().getPathIterator(new AffineTransform(1, 0, 0, -1, x, y));
    float[] at = new float[6];
    float lastX = 0;
    float lastY = 0;
    for (; !path.isDone(); path.next()) {
      int segment = path.currentSegment(at);
      switch (segment) {
        case PathIterator.SEG_MOVETO -> content.moveTo(at[0], at[1]);
        case PathIterator.SEG_LINETO -> content.lineTo(at[0], at[1]);
        // TrueType curves are quadratic; PDF draws cubics: the same curve, its controls raised
        case PathIterator.SEG_QUADTO -> content.curveTo(lastX + 2f / 3 * (at[0] - lastX), lastY + 2f / 3 * (at[1] - lastY),
            at[2] + 2f / 3 * (at[0] - at[2]), at[3] + 2f / 3 * (at[1] - at[3]), at[2], at[3]);
        case PathIterator.SEG_CUBICTO -> content.curveTo(at[0], at[1], at[2], at[3], at[4], at[5]);
        default -> content.closePath();
      }
      int end = switch (segment) {
        case PathIterator.SEG_QUADTO -> 2;
        case PathIterator.SEG_CUBICTO -> 4;
        default -> 0;
      };
      if (segment != PathIterator.SEG_CLOSE) {
        lastX = at[end];
        lastY = at[end + 1];
      }
    }
    content.fill();
  }

  /** The standard fonts have no rupee sign; amounts print as "Rs." instead. */
  private static String printable(String text) {
    String shown = text.replace("₹", "Rs. ");
    CertificateFonts.unprintable(shown).ifPresent(character -> {
      throw new IllegalArgumentException("the certificate cannot print '" + character + "' in '" + shown
          + "' (it prints Latin and Devanagari script only)");
    });
    return shown;
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
    if (!CertificateFonts.standard(text)) {
      return (float) CertificateFonts.shape(text, size).getLogicalBounds().getWidth();
    }
    PDFont font = CertificateFonts.font(style);
    try {
      return font.getStringWidth(text) / 1000 * size;
    } catch (IllegalArgumentException e) {
      throw unprintable(text, e);
    }
  }

  private static IllegalArgumentException unprintable(String text, IllegalArgumentException e) {
    return new IllegalArgumentException("the certificate cannot print '" + text
        + "' (it prints Latin and Devanagari script only): " + e.getMessage(), e);
  }
}
