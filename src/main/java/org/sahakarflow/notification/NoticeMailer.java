package org.sahakarflow.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Hands a notice to SMTP under a Message-ID of its own, or, where no mail server is configured (the
 * default run), writes it to the application log in full so that nothing is lost. SMTP failures
 * are thrown, never caught: the engine then retries the step on its cycle and finally raises an
 * incident.
 */
@Component
class NoticeMailer {

  private static final Logger LOG = LoggerFactory.getLogger(NoticeMailer.class);

  private final ObjectProvider<JavaMailSender> smtp;
  private final NoticeMailProperties properties;

  /** Jakarta Mail's property naming its stream provider, and the provider of the mail implementation we ship. */
  static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";
  static final String SHIPPED_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

  NoticeMailer(ObjectProvider<JavaMailSender> smtp, NoticeMailProperties properties) {
    this.smtp = smtp;
    this.properties = properties;
    // unnamed, the provider is looked up through ServiceLoader, reading every jar of the class path,
    // each time a subject is encoded or decoded: twice a notice, a fifth of an escalation's CPU
    if (System.getProperty(STREAM_PROVIDER) == null
        && ClassUtils.isPresent(SHIPPED_STREAM_PROVIDER, NoticeMailer.class.getClassLoader())) {
      System.setProperty(STREAM_PROVIDER, SHIPPED_STREAM_PROVIDER);
    }
  }

  /** Whether notices go out by SMTP; without a mail server they are recorded only. */
  boolean sends() {
    return smtp.getIfAvailable() != null;
  }

  void record(String key, List<String> recipients, NoticeMessage message) {
    LOG.info("notice {} recorded, not sent (no SMTP configured) to {}\nSubject: {}\n\n{}", key,
        recipients, message.subject(), message.body());
  }

  /**
   * The notice's Message-ID, the same for every attempt of one notice: a receiver (or a mail
   * store) that sees it twice keeps one copy.
   */
  String messageId(String key) {
    return "<notice." + key.replaceAll("[^A-Za-z0-9_-]", ".") + "@" + properties.domain() + ">";
  }

  /** Hands the notice to SMTP; any failure is thrown, for the engine to retry the step. */
  void send(String key, List<String> recipients, NoticeMessage message) {
    JavaMailSender sender = smtp.getObject();
    sender.send(mime(sender, messageId(key), recipients, message));
    LOG.info("notice {} sent to {}: {}", key, recipients, message.subject());
  }

  private MimeMessage mime(JavaMailSender sender, String messageId, List<String> recipients, NoticeMessage message) {
    MimeMessage mime = sender.createMimeMessage();
    try {
      MimeMessageHelper helper = new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
      helper.setFrom(properties.from());
      helper.setTo(recipients.toArray(String[]::new));
      helper.setSubject(message.subject());
      helper.setText(message.body(), false);
      // kept when sent: Spring's sender puts back a Message-ID that was set before saving the message
      mime.setHeader("Message-ID", messageId);
    } catch (MessagingException e) {
      throw new MailPreparationException("notice to " + recipients + " could not be composed", e);
    }
    return mime;
  }
}
