package org.sahakarflow.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Signs every certificate the app issues, PAdES baseline B-B: a CMS signature over the whole file
 * (sub-filter {@code ETSI.CAdES.detached}) whose signed attributes bind the signing certificate
 * ({@code signing-certificate-v2}) and carry no signing time (the signature dictionary's date holds
 * it, as PAdES requires). A reader sees "signed by" the office's key and that nothing changed since;
 * the key and its chain come from {@link CertificateSigningProperties}.
 */
@Component
public class CertificateSigner {

  private static final Logger log = LoggerFactory.getLogger(CertificateSigner.class);
  private static final String SIGNATURE_ALGORITHM = "SHA256withRSA";
  /** Room in the file for the CMS blob: a key with a three-certificate chain fits several times over. */
  private static final int SIGNATURE_SIZE = 16_384;

  private final PrivateKey key;
  private final List<X509Certificate> chain;

  public CertificateSigner(CertificateSigningProperties properties) {
    try {
      if (properties.demoKey()) {
        KeyPair pair = demoKeyPair();
        this.key = pair.getPrivate();
        this.chain = List.of(selfSigned(pair));
        log.warn("certificates are signed with a self-signed demo key made at start; set "
            + "sahakar.certificate.signing.keystore (SAHAKAR_SIGNING_KEYSTORE) to the office's PKCS#12 keystore");
      } else {
        KeyStore store = KeyStore.getInstance("PKCS12");
        char[] password = properties.password() == null ? new char[0] : properties.password().toCharArray();
        try (InputStream in = Files.newInputStream(Path.of(properties.keystore()))) {
          store.load(in, password);
        }
        String alias = properties.alias() == null || properties.alias().isBlank()
            ? firstKeyAlias(store, properties.keystore()) : properties.alias();
        if (!store.isKeyEntry(alias)) {
          throw new IllegalStateException("the signing keystore " + properties.keystore() + " has no key '" + alias + "'");
        }
        this.key = (PrivateKey) store.getKey(alias, password);
        this.chain = Arrays.stream(store.getCertificateChain(alias)).map(X509Certificate.class::cast).toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the signing keystore " + properties.keystore(), e);
    } catch (GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException("cannot set up the certificate signing key: " + e.getMessage(), e);
    }
  }

  /** The certificate a reader sees as the signer's. */
  public X509Certificate signingCertificate() {
    return chain.get(0);
  }

  /**
   * @param reason what the signature attests, shown by PDF readers
   * @param location where it was signed (a district and State)
   */
  public byte[] sign(byte[] pdf, String reason, String location) {
    try (PDDocument document = Loader.loadPDF(pdf);
        SignatureOptions options = new SignatureOptions()) {
      PDSignature signature = new PDSignature();
      signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
      signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
      signature.setName(commonName(signingCertificate()));
      signature.setReason(reason);
      signature.setLocation(location);
      GregorianCalendar now = new GregorianCalendar();
      now.setTime(EngineClock.date());
      signature.setSignDate(now);
      options.setPreferredSignatureSize(SIGNATURE_SIZE);
      document.addSignature(signature, this::cms, options);
      ByteArrayOutputStream signed = new ByteArrayOutputStream(pdf.length + 2 * SIGNATURE_SIZE + 4096);
      document.saveIncremental(signed);
      return signed.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot sign the certificate", e);
    }
  }

  private byte[] cms(InputStream content) throws IOException {
    try {
      X509Certificate signer = signingCertificate();
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
          .setSignedAttributeGenerator(padesAttributes(signer))
          .build(new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(key), signer));
      generator.addCertificates(new JcaCertStore(chain));
      return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
    } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
      throw new IOException("cannot make the certificate's signature: " + e.getMessage(), e);
    }
  }

  /** Content type and message digest, the signing certificate's hash; no signing time. */
  private static CMSAttributeTableGenerator padesAttributes(X509Certificate signer)
      throws GeneralSecurityException {
    ESSCertIDv2 certId = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256),
        MessageDigest.getInstance("SHA-256").digest(signer.getEncoded()),
        new IssuerSerial(new GeneralNames(new GeneralName(X500Name.getInstance(
            signer.getIssuerX500Principal().getEncoded()))), signer.getSerialNumber()));
    AttributeTable extra = new AttributeTable(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
        new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {certId}))));
    DefaultSignedAttributeTableGenerator standard = new DefaultSignedAttributeTableGenerator(extra);
    return parameters -> standard.getAttributes(parameters).remove(CMSAttributes.signingTime);
  }

  private static String firstKeyAlias(KeyStore store, String path) throws GeneralSecurityException {
    for (String alias : Collections.list(store.aliases())) {
      if (store.isKeyEntry(alias)) {
        return alias;
      }
    }
    throw new IllegalStateException("the signing keystore " + path + " holds no key");
  }

  private static String commonName(X509Certificate certificate) {
    RDN[] names = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()).getRDNs(BCStyle.CN);
    return names.length == 0 ? certificate.getSubjectX500Principal().getName()
        : IETFUtils.valueToString(names[0].getFirst().getValue());
  }

  private static KeyPair demoKeyPair() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    return generator.generateKeyPair();
  }

  private static X509Certificate selfSigned(KeyPair pair) throws GeneralSecurityException, OperatorCreationException {
    try {
      X500Name name = new X500Name("CN=Sahakar Flow demo signing key (not for use),O=Sahakar Flow,C=IN");
      Instant from = Instant.now().minus(Duration.ofDays(1));
      JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name,
          new BigInteger(64, new SecureRandom()), Date.from(from),
          Date.from(from.plus(Duration.ofDays(3650))), name, pair.getPublic());
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
      return new JcaX509CertificateConverter().getCertificate(
          builder.build(new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(pair.getPrivate())));
    } catch (IOException e) {
      throw new GeneralSecurityException("cannot make the demo signing certificate", e);
    }
  }
}
