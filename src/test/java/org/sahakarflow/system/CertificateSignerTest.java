package org.sahakarflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahakarflow.Pdfs;
import org.sahakarflow.system.CertificateFonts.Style;

class CertificateSignerTest {

  static final byte[] CERTIFICATE = CertificatePage.render("Certificate of Registration RJ/UDR/MPACS/2026/0042", 1.4f,
      page -> {
        page.centred(Style.BOLD, 24, "Certificate of Registration");
        page.field("Registration number", "RJ/UDR/MPACS/2026/0042", Style.BOLD);
        page.field("Date of registration", LocalDate.of(2026, 3, 9).toString(), Style.REGULAR);
      });

  @Test
  void aCertificateIsSignedPadesBaselineOverTheWholeFile() throws IOException {
    CertificateSigner signer = new CertificateSigner(new CertificateSigningProperties(null, null, null));

    byte[] signed = signer.sign(CERTIFICATE, "Certificate of registration of Kheda PACS", "Udaipur, Rajasthan");

    Pdfs.Signature signature = Pdfs.signature(signed);
    assertThat(signature.subFilter()).isEqualTo("ETSI.CAdES.detached");
    assertThat(signature.intact()).as("the signature verifies").isTrue();
    assertThat(signature.wholeFile()).as("every byte but the signature is signed").isTrue();
    assertThat(signature.signingCertificateBound()).as("signing-certificate-v2").isTrue();
    assertThat(signature.signingTimeAttribute()).as("PAdES keeps the time out of the CMS").isFalse();
    assertThat(signature.reason()).isEqualTo("Certificate of registration of Kheda PACS");
    assertThat(signature.location()).isEqualTo("Udaipur, Rajasthan");
    assertThat(signature.name()).contains("demo");
    assertThat(signature.signer().getSubject().toString()).contains("Sahakar Flow demo signing key");
    // the original revision is untouched: the signature is an incremental update after it
    assertThat(Arrays.copyOf(signed, CERTIFICATE.length)).isEqualTo(CERTIFICATE);
  }

  @Test
  void oneChangedByteBreaksTheSignature() throws IOException {
    byte[] signed = new CertificateSigner(new CertificateSigningProperties("", "", ""))
        .sign(CERTIFICATE, "Certificate", "Udaipur, Rajasthan");
    // the header's version digit: the file still opens, but it is no longer what was signed
    assertThat(new String(signed, 0, 7, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-1.");
    signed[7] = (byte) (signed[7] == '7' ? '6' : '7');

    assertThat(Pdfs.signature(signed).intact()).isFalse();
  }

  @Test
  void theOfficesKeyFromAKeystoreSignsInsteadOfTheDemoKey(@TempDir Path dir) throws Exception {
    Path keystore = keystore(dir, "rcs-rajasthan", "CN=Registrar of Co-operative Societies Rajasthan,O=Government of Rajasthan,C=IN");

    CertificateSigner signer = new CertificateSigner(new CertificateSigningProperties(keystore.toString(), "s3cret-pass", ""));
    Pdfs.Signature signature = Pdfs.signature(signer.sign(CERTIFICATE, "Certificate", "Jaipur, Rajasthan"));

    assertThat(signature.intact()).isTrue();
    assertThat(signature.name()).isEqualTo("Registrar of Co-operative Societies Rajasthan");
    assertThat(signature.signer().getSubject().toString()).contains("O=Government of Rajasthan");
    assertThat(signer.signingCertificate().getSubjectX500Principal().getName()).contains("Registrar of Co-operative Societies Rajasthan");
  }

  @Test
  void aWrongAliasOrAMissingKeystoreStopsTheStartWithTheReason(@TempDir Path dir) throws Exception {
    Path keystore = keystore(dir, "rcs-rajasthan", "CN=Registrar of Co-operative Societies Rajasthan,C=IN");

    assertThatThrownBy(() -> new CertificateSigner(new CertificateSigningProperties(keystore.toString(), "s3cret-pass", "rcs-delhi")))
        .hasMessageContaining("has no key 'rcs-delhi'");
    assertThatThrownBy(() -> new CertificateSigner(new CertificateSigningProperties(dir.resolve("none.p12").toString(), "x", "")))
        .hasMessageContaining("cannot read the signing keystore").hasMessageContaining("none.p12");
    assertThatThrownBy(() -> new CertificateSigner(new CertificateSigningProperties(keystore.toString(), "wrong-pass", "")))
        .hasMessageContaining("signing keystore");
  }

  /** A PKCS#12 keystore as an office would make one, with the JDK's own keytool. */
  private static Path keystore(Path dir, String alias, String subject) throws Exception {
    Path file = dir.resolve("office.p12");
    Process keytool = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
        "-genkeypair", "-alias", alias, "-keyalg", "RSA", "-keysize", "2048", "-dname", subject, "-validity", "365",
        "-storetype", "PKCS12", "-keystore", file.toString(), "-storepass", "s3cret-pass", "-keypass", "s3cret-pass"))
        .redirectErrorStream(true).start();
    String output = new String(keytool.getInputStream().readAllBytes());
    assertThat(keytool.waitFor()).as(output).isZero();
    return file;
  }
}
