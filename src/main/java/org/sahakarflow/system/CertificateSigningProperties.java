package org.sahakarflow.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The key every certificate is signed with.
 *
 * @param keystore path of a PKCS#12 keystore holding the office's signing key and its certificate
 *     chain; when empty, a self-signed demo key is made at start (fine for trying the app, not for a
 *     certificate a bank relies on)
 * @param password the keystore's password, also the key's
 * @param alias the key's alias in the keystore; the first key entry when empty
 */
@ConfigurationProperties("sahakar.certificate.signing")
public record CertificateSigningProperties(String keystore, String password, String alias) {

  boolean demoKey() {
    return keystore == null || keystore.isBlank();
  }
}
