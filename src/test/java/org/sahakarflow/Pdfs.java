package org.sahakarflow;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** What tests read back from a generated PDF. */
public final class Pdfs {

  private Pdfs() {
  }

  /** The fonts the first page uses, to tell standard fonts from embedded ones. */
  public static List<PDFont> firstPageFonts(PDDocument document) throws IOException {
    List<PDFont> fonts = new ArrayList<>();
    PDResources resources = document.getPage(0).getResources();
    for (COSName name : resources.getFontNames()) {
      fonts.add(resources.getFont(name));
    }
    return fonts;
  }
}
