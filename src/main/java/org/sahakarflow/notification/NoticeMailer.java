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

/**
 * Hands a notice to SMTP, or, where no mail server is configured (the default run), writes it to
 * the application log in full so that nothing is lost. SMTP failures are thrown, never caught:
 * the engine then retries the step and finally raises an incident.
 */
@Component
class NoticeMailer {

  private static final Logger LOG = LoggerFactory.getLogger(NoticeMailer.class);

  private final ObjectProvider<JavaMailSender> smtp;
  private final NoticeMailProperties properties;

  NoticeMailer(ObjectProvider<JavaMailSender> smtp, NoticeMailProperties properties) {
    this.smtp = smtp;
    this.properties = properties;
  }

  NoticeLog.Status deliver(String key, List<String> recipients, NoticeMessage message) {
    JavaMailSender sender = smtp.getIfAvailable();
    if (sender == null) {
      LOG.info("notice {} recorded, not sent (no SMTP configured) to {}\nSubject: {}\n\n{}", key,
          recipients, message.subject(), message.body());
      return NoticeLog.Status.RECORDED;
    }
    sender.send(mime(sender, recipients, message));
    LOG.info("notice {} sent to {}: {}", key, recipients, message.subject());
    return NoticeLog.Status.SENT;
  }

  private MimeMessage mime(JavaMailSender sender, List<String> recipients, NoticeMessage message) {
    MimeMessage mime = sender.createMimeMessage();
    try {
      MimeMessageHelper helper = new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
      helper.setFrom(properties.from());
      helper.setTo(recipients.toArray(String[]::new));
      helper.setSubject(message.subject());
      helper.setText(message.body(), false);
    } catch (MessagingException e) {
      throw new MailPreparationException("notice to " + recipients + " could not be composed", e);
    }
    return mime;
  }
}
