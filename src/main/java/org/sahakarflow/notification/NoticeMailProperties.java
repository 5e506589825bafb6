package org.sahakarflow.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Mail settings of our own; the SMTP server itself is Spring's {@code spring.mail.*} (no host
 * means no mail server: notices are then recorded in {@code notice_log}, not sent).
 *
 * @param from the sender address of every notice
 * @param domain the installation's domain, the right-hand side of every notice's Message-ID; the
 *     sender address's domain when not set
 */
@ConfigurationProperties("sahakar.mail")
public record NoticeMailProperties(String from, String domain) {

  static final String DEFAULT_FROM = "no-reply@sahakarflow.in";

  public NoticeMailProperties {
    from = from == null || from.isBlank() ? DEFAULT_FROM : from;
    domain = domain == null || domain.isBlank() ? from.substring(from.lastIndexOf('@') + 1).replace(">", "").trim() : domain;
    if (!domain.matches("[A-Za-z0-9.-]+")) {
      throw new IllegalArgumentException("sahakar.mail.domain '" + domain + "' is not a domain name");
    }
  }
}
