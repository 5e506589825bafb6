package org.sahakarflow.system;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/**
 * The fonts certificates print in: the standard PDF fonts, Latin script. Devanagari was tried with
 * an embedded Noto Sans Devanagari and PDFBox's own shaping: simple names came out right, but a
 * reph before a vowel sign did not ({@code मर्यादित}, {@code कीर्ति}, {@code आर्थिक} print with the
 * reph and the i-matra misplaced), and {@code मर्यादित} ends half the society names in the Hindi
 * States. A certificate with a misspelt name is worse than none, so text these fonts cannot print is
 * refused where it is entered ({@link Printable}), never when a certificate is due.
 */
public final class CertificateFonts {

  public enum Style { REGULAR, BOLD, ITALIC }

  // built once: each construction looks the font up among the system's and logs the substitute
  private static final Map<Style, PDFont> STANDARD = new EnumMap<>(Map.of(
      Style.REGULAR, new PDType1Font(FontName.HELVETICA),
      Style.BOLD, new PDType1Font(FontName.HELVETICA_BOLD),
      Style.ITALIC, new PDType1Font(FontName.HELVETICA_OBLIQUE)));

  private CertificateFonts() {
  }

  public static PDFont font(Style style) {
    return STANDARD.get(style);
  }

  /** The first character of {@code text} the certificate fonts cannot print, if any. */
  public static Optional<String> unprintable(String text) {
    if (text == null || canPrint(text)) {
      return Optional.empty();
    }
    return text.codePoints().mapToObj(Character::toString).filter(c -> !canPrint(c)).findFirst();
  }

  private static boolean canPrint(String text) {
    try {
      STANDARD.get(Style.REGULAR).encode(text);
      return true;
    } catch (IllegalArgumentException | IOException e) {
      return false;
    }
  }
}
