package org.sahakarflow.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param demoData load the demo users of {@code demo/users.csv} (default profile; off for postgres)
 * @param demoPassword the password every demo user gets; it must satisfy the password policy
 * @param admin the administrator to create on start when no demo data is loaded
 */
@ConfigurationProperties("sahakar")
public record IdentityProperties(boolean demoData, String demoPassword, Admin admin) {

  public IdentityProperties {
    demoPassword = demoPassword == null || demoPassword.isBlank() ? "Sahakar@2026" : demoPassword;
    admin = admin == null ? new Admin(null, null) : admin;
  }

  public record Admin(String id, String password) {
    boolean configured() {
      return id != null && !id.isBlank() && password != null && !password.isBlank();
    }
  }
}
