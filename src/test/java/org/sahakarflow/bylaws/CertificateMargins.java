package org.sahakarflow.bylaws;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** The rightmost point any text of a one-page PDF reaches, and how wide its page is. */
final class CertificateMargins extends PDFTextStripper {

  private float rightmost;

  private CertificateMargins() {
  }

  /** @return how far the text keeps from the right edge of the page, in points */
  static float rightMargin(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      CertificateMargins margins = new CertificateMargins();
      margins.getText(document);
      return document.getPage(0).getMediaBox().getWidth() - margins.rightmost;
    }
  }

  @Override
  protected void writeString(String text, List<TextPosition> positions) {
    for (TextPosition position : positions) {
      rightmost = Math.max(rightmost, position.getXDirAdj() + position.getWidthDirAdj());
    }
  }
}
