package org.sahakarflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.GlyphVector;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.sahakarflow.system.CertificateFonts.Style;

/**
 * A society's name in Devanagari prints as Hindi is written: the i-matra before its consonant, the
 * reph above the next letter, conjuncts joined. Compared with a reference image of the same words
 * set by Java's own text drawing ({@code src/test/resources/certificates/devanagari-name.png},
 * made by {@link #reference} and checked by eye), and with the same words unshaped, which must not
 * pass for it.
 */
class DevanagariCertificateTest {

  static final String NAME = "खेड़ा कीर्ति आर्थिक सहकारी समिति मर्यादित";
  static final float SIZE = 24;
  /** Pixels per point of the comparison: 144 dpi. */
  static final int SCALE = 2;
  static final int WIDTH = 1190;
  static final int HEIGHT = 240;
  /** Where {@link CertificatePage} writes its first line: the margin, and its top less 20 points. */
  static final float X = 72;
  static final float BASELINE_FROM_TOP = 72 + 20;

  @Test
  void shapingReordersTheIMatraAndFormsTheReph() {
    int ka = CertificateFonts.shape("क", SIZE).getGlyphCode(0);
    GlyphVector ki = CertificateFonts.shape("कि", SIZE);
    assertThat(ki.getNumGlyphs()).isEqualTo(2);
    assertThat(ki.getGlyphCode(1)).as("the consonant comes second, after the i-matra").isEqualTo(ka);
    assertThat(ki.getGlyphPosition(0).getX()).isLessThan(ki.getGlyphPosition(1).getX());
    // र् + य: the reph is a mark on य, not a half-ra and a virama side by side
    assertThat(CertificateFonts.shape("र्य", SIZE).getNumGlyphs()).isLessThan(3);
  }

  @Test
  void theNameOnThePageMatchesTheReferenceAndTheUnshapedWordsDoNot() throws IOException {
    byte[] pdf = CertificatePage.render("Devanagari", 1.4f, page -> page.line(Style.REGULAR, SIZE, NAME));
    BufferedImage printed = rasterise(pdf);
    Path seen = Files.createDirectories(Path.of("target", "screenshots")).resolve("certificate-devanagari-name.png");
    ImageIO.write(printed, "png", seen.toFile());
    BufferedImage reference;
    try (InputStream in = getClass().getResourceAsStream("/certificates/devanagari-name.png")) {
      reference = ImageIO.read(in);
    }

    assertThat(overlap(printed, reference)).as("printed (%s) against the reference", seen).isGreaterThan(0.85);
    assertThat(overlap(unshaped(), reference)).as("the same letters unshaped").isLessThan(0.7);
  }

  @Test
  void textInAScriptTheCertificateCannotPrintIsNamed() {
    assertThat(CertificateFonts.unprintable("கூட்டுறவு சங்கம்")).contains("க");
    assertThat(CertificateFonts.unprintable(NAME)).isEmpty();
    assertThat(CertificateFonts.unprintable("Kheda PACS – Girwa")).isEmpty();
  }

  /** The reference: the words drawn by Java2D's own text drawing, as they were checked by eye. */
  static BufferedImage reference() {
    return drawn(g -> g.drawString(NAME, X * SCALE, BASELINE_FROM_TOP * SCALE));
  }

  /** Each letter on its own, as a renderer that does not shape would set them. */
  private static BufferedImage unshaped() {
    return drawn(g -> {
      float x = X * SCALE;
      for (char c : NAME.toCharArray()) {
        String letter = String.valueOf(c);
        g.drawString(letter, x, BASELINE_FROM_TOP * SCALE);
        x += (float) g.getFont().getStringBounds(letter, g.getFontRenderContext()).getWidth();
      }
    });
  }

  private static BufferedImage drawn(java.util.function.Consumer<Graphics2D> drawing) {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, WIDTH, HEIGHT);
    g.setColor(Color.BLACK);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    g.setFont(devanagari().deriveFont(SIZE * SCALE));
    drawing.accept(g);
    g.dispose();
    return image;
  }

  private static Font devanagari() {
    try (InputStream in = DevanagariCertificateTest.class.getResourceAsStream("/fonts/Lohit-Devanagari.ttf")) {
      return Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static BufferedImage rasterise(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFRenderer(document).renderImage(0, SCALE).getSubimage(0, 0, WIDTH, HEIGHT);
    }
  }

  /** Ink in both ÷ ink in either (pixels darker than mid-grey). */
  private static double overlap(BufferedImage a, BufferedImage b) {
    long both = 0;
    long either = 0;
    for (int y = 0; y < HEIGHT; y++) {
      for (int x = 0; x < WIDTH; x++) {
        boolean inkA = ink(a.getRGB(x, y));
        boolean inkB = ink(b.getRGB(x, y));
        both += inkA && inkB ? 1 : 0;
        either += inkA || inkB ? 1 : 0;
      }
    }
    return either == 0 ? 0 : (double) both / either;
  }

  private static boolean ink(int rgb) {
    return ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3 < 128;
  }

  /** Writes the reference image; run once by hand after a deliberate change, then check it by eye. */
  public static void main(String[] args) throws IOException {
    Path out = Path.of("src/test/resources/certificates/devanagari-name.png");
    Files.createDirectories(out.getParent());
    ImageIO.write(reference(), "png", out.toFile());
  }
}
