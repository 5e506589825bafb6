package org.sahakarflow.system;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/**
 * The fonts certificates print in: the standard PDF fonts for Latin script, and Lohit Devanagari
 * (SIL Open Font License, {@code fonts/}) for a line with Devanagari in it. PDFBox does not shape
 * Devanagari itself: with an embedded Noto Sans Devanagari a reph before a vowel sign came out
 * misplaced ({@code मर्यादित}, {@code कीर्ति}, {@code आर्थिक}), and {@code मर्यादित} ends half the
 * society names in the Hindi States. So such a line is shaped by Java's text layout (HarfBuzz: the
 * i-matra moved before its consonant, conjuncts and the reph formed) and drawn as the glyphs'
 * outlines ({@link CertificatePage}). Text in any other script is refused where it is entered
 * ({@link Printable}), never when a certificate is due.
 */
public final class CertificateFonts {

  public enum Style { REGULAR, BOLD, ITALIC }

  // built once: each construction looks the font up among the system's and logs the substitute
  private static final Map<Style, PDFont> STANDARD = new EnumMap<>(Map.of(
      Style.REGULAR, new PDType1Font(FontName.HELVETICA),
      Style.BOLD, new PDType1Font(FontName.HELVETICA_BOLD),
      Style.ITALIC, new PDType1Font(FontName.HELVETICA_OBLIQUE)));

  private static final Font DEVANAGARI = load("fonts/Lohit-Devanagari.ttf");
  /** Outlines in font units of one point, unscaled and unhinted, as a PDF path wants them. */
  private static final FontRenderContext OUTLINES = new FontRenderContext(null, true, true);

  private CertificateFonts() {
  }

  public static PDFont font(Style style) {
    return STANDARD.get(style);
  }

  /** True when the standard fonts print {@code text}; otherwise it is shaped ({@link #shape}). */
  public static boolean standard(String text) {
    try {
      STANDARD.get(Style.REGULAR).encode(text);
      return true;
    } catch (IllegalArgumentException | IOException e) {
      return false;
    }
  }

  /**
   * {@code text} laid out as the Devanagari font draws it at {@code size} points: reordered and
   * with its conjuncts formed, its glyphs' outlines ready to draw.
   */
  public static GlyphVector shape(String text, float size) {
    char[] chars = text.toCharArray();
    return DEVANAGARI.deriveFont(size).layoutGlyphVector(OUTLINES, chars, 0, chars.length, Font.LAYOUT_LEFT_TO_RIGHT);
  }

  /** The first character of {@code text} the certificate fonts cannot print, if any. */
  public static Optional<String> unprintable(String text) {
    if (text == null || standard(text)) {
      return Optional.empty();
    }
    return text.codePoints().mapToObj(Character::toString).filter(c -> !canPrint(c)).findFirst();
  }

  private static boolean canPrint(String character) {
    if (standard(character)) {
      return true;
    }
    int codePoint = character.codePointAt(0);
    // Devanagari, the dandas, and the joiners that choose a conjunct's form
    boolean devanagari = Character.UnicodeBlock.of(codePoint) == Character.UnicodeBlock.DEVANAGARI
        || codePoint == 0x200C || codePoint == 0x200D;
    return devanagari && DEVANAGARI.canDisplay(codePoint);
  }

  private static Font load(String resource) {
    try (InputStream in = CertificateFonts.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the application");
      }
      return Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    } catch (FontFormatException e) {
      throw new IllegalStateException(resource + " is not a TrueType font", e);
    }
  }
}
