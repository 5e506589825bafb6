package org.sahakarflow.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Mail settings of our own; the SMTP server itself is Spring's {@code spring.mail.*} (no host
 * means no mail server: notices are then recorded in {@code notice_log}, not sent).
 *
 * @param from the sender address of every notice
 */
@ConfigurationProperties("sahakar.mail")
public record NoticeMailProperties(String from) {

  static final String DEFAULT_FROM = "no-reply@sahakarflow.in";

  public NoticeMailProperties {
    from = from == null || from.isBlank() ? DEFAULT_FROM : from;
  }
}
