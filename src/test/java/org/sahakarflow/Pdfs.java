package org.sahakarflow;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

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

  /**
   * The QR code at the foot of the first page read back as a phone's camera would, framed on the
   * page's bottom right quarter (the whole page's text confuses the finder); fails without one.
   */
  public static String qrCode(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 200);
      BufferedImage framed = page.getSubimage(page.getWidth() / 2, page.getHeight() * 3 / 5, page.getWidth() / 2,
          page.getHeight() * 2 / 5);
      int[] pixels = framed.getRGB(0, 0, framed.getWidth(), framed.getHeight(), null, 0, framed.getWidth());
      return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
          new RGBLuminanceSource(framed.getWidth(), framed.getHeight(), pixels))),
          Map.of(DecodeHintType.TRY_HARDER, true)).getText();
    } catch (NotFoundException | ChecksumException | FormatException e) {
      Path seen = Files.createDirectories(Path.of("target", "screenshots")).resolve("unreadable-qr-" + System.nanoTime() + ".png");
      try (PDDocument document = Loader.loadPDF(pdf)) {
        ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 150), "png", seen.toFile());
      }
      throw new AssertionError("no readable QR code on the first page (as seen: " + seen + ")", e);
    }
  }

  /**
   * The document's one signature checked as a PDF reader would: the CMS signature over the byte
   * ranges it names, with the signer's certificate it carries.
   *
   * @param intact the signature verifies over the signed bytes
   * @param wholeFile the signed ranges cover every byte but the signature itself
   * @param signingCertificateBound the signed attributes hold the SHA-256 of the signer's certificate
   * @param signingTimeAttribute the signed attributes hold a signing time (PAdES forbids it)
   */
  public record Signature(String subFilter, String name, String reason, String location,
      X509CertificateHolder signer, boolean intact, boolean wholeFile, boolean signingCertificateBound,
      boolean signingTimeAttribute) {
  }

  public static Signature signature(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<PDSignature> signatures = document.getSignatureDictionaries();
      if (signatures.size() != 1) {
        throw new AssertionError("expected one signature, found " + signatures.size());
      }
      PDSignature signature = signatures.get(0);
      int[] range = signature.getByteRange();
      CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
          signature.getContents(pdf));
      SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
      @SuppressWarnings("unchecked")
      X509CertificateHolder certificate = (X509CertificateHolder) cms.getCertificates()
          .getMatches(signer.getSID()).iterator().next();
      boolean intact;
      try {
        intact = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
      } catch (CMSException e) {
        intact = false;
      }
      var attributes = signer.getSignedAttributes();
      var bound = attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
      boolean certificateBound = bound != null && Arrays.equals(
          SigningCertificateV2.getInstance(bound.getAttrValues().getObjectAt(0)).getCerts()[0].getCertHash(),
          MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
      return new Signature(signature.getSubFilter(), signature.getName(), signature.getReason(),
          signature.getLocation(), certificate, intact,
          range[0] == 0 && range[2] + range[3] == pdf.length && range[1] < range[2], certificateBound,
          attributes.get(CMSAttributes.signingTime) != null);
    } catch (CMSException | OperatorCreationException | CertificateException | NoSuchAlgorithmException e) {
      throw new AssertionError("the signature cannot be read: " + e.getMessage(), e);
    }
  }
}
