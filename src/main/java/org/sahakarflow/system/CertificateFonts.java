package org.sahakarflow.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/**
 * The fonts certificates print in. Latin text keeps the standard PDF fonts, which nothing has to
 * embed. Text in Devanagari, a Hindi society name say, is set in Noto Sans Devanagari (SIL Open
 * Font License, {@code fonts/OFL.txt}), embedded as a subset; PDFBox shapes it (conjuncts, matras,
 * reph) from the font's own substitution tables. Loading, shaping and subsetting that font make a
 * certificate several times slower to draw (README), so only a certificate that needs it does. Text that neither covers is refused where it is entered
 * ({@link Printable}), not when a certificate is due.
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

  /** The first character of {@code text} no certificate font can print, if any. */
  public static Optional<String> unprintable(String text) {
    if (text == null || standardCanPrint(Style.REGULAR, text)) {
      return Optional.empty();
    }
    return text.codePoints()
        .filter(c -> !Noto.COVERED.get(c) && !standardCanPrint(Style.REGULAR, Character.toString(c)))
        .mapToObj(Character::toString).findFirst();
  }

  /** The fonts of one document: each piece of text gets the standard font if it can print it. */
  public static Chooser forDocument(PDDocument document) {
    return new Chooser(document);
  }

  public static final class Chooser {

    private final PDDocument document;
    private final Map<Style, PDFont> embedded = new EnumMap<>(Style.class);

    private Chooser(PDDocument document) {
      this.document = document;
    }

    public PDFont font(Style style, String text) {
      if (standardCanPrint(style, text)) {
        return STANDARD.get(style);
      }
      // Noto Sans Devanagari has no italic; its regular face stands in
      Style face = style == Style.BOLD ? Style.BOLD : Style.REGULAR;
      return embedded.computeIfAbsent(face, this::load);
    }

    private PDFont load(Style face) {
      try {
        return PDType0Font.load(document,
            new ByteArrayInputStream(face == Style.BOLD ? Noto.BOLD : Noto.REGULAR));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot embed the Devanagari certificate font", e);
      }
    }
  }

  private static boolean standardCanPrint(Style style, String text) {
    try {
      STANDARD.get(style).encode(text);
      return true;
    } catch (IllegalArgumentException | IOException e) {
      return false;
    }
  }

  /** Read on first need: most certificates never ask. */
  private static final class Noto {
    static final byte[] REGULAR = read("/fonts/NotoSansDevanagari-Regular.ttf");
    static final byte[] BOLD = read("/fonts/NotoSansDevanagari-Bold.ttf");
    static final BitSet COVERED = coverage(REGULAR);

    private static byte[] read(String resource) {
      try (InputStream in = CertificateFonts.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("certificate font " + resource + " is missing from the class path");
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static BitSet coverage(byte[] font) {
      try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
        CmapLookup cmap = ttf.getUnicodeCmapLookup();
        BitSet covered = new BitSet(0x10000);
        for (int c = 0x20; c < 0x10000; c++) {
          if (cmap.getGlyphId(c) > 0) {
            covered.set(c);
          }
        }
        // joiners steer conjuncts and have no glyph of their own
        covered.set(0x200C);
        covered.set(0x200D);
        return covered;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
