package org.sahakarflow.notification;

import java.util.List;
import java.util.Optional;
import org.sahakarflow.system.EngineClock;
import org.sahakarflow.system.IndianMobile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The SMS beside a notice's mail: its short text, and its delivery once per key in the way
 * {@link NoticeService} delivers the mail (log the attempt, hand it over, log it sent), recorded in
 * {@link NoticeSmsLog}. Without an {@link SmsSender} it is recorded and written to the application
 * log, as mail is without SMTP. A gateway's failure is thrown for the engine to retry the step.
 */
@Component
class NoticeSms {

  /** One SMS of the GSM alphabet; Hindi goes as UCS-2 in parts, which the phone shows as one. */
  static final int SINGLE_SMS = 160;

  private static final Logger LOG = LoggerFactory.getLogger(NoticeSms.class);

  private final ObjectProvider<SmsSender> sender;
  private final NoticeSmsLog log;

  NoticeSms(ObjectProvider<SmsSender> sender, NoticeSmsLog log) {
    this.sender = sender;
    this.log = log;
  }

  Optional<NoticeLog.Status> status(String key) {
    return log.status(key);
  }

  void send(NoticeSmsLog.Entry entry, Optional<NoticeLog.Status> logged) {
    SmsSender gateway = sender.getIfAvailable();
    String to = IndianMobile.masked(entry.mobile());
    if (gateway == null) {
      LOG.info("notice {} SMS recorded, not sent (no SMS gateway configured) to {}: {}", entry.key(), to,
          entry.text());
      log.recordUnsent(entry);
      return;
    }
    if (logged.isPresent()) {
      LOG.warn("notice {} of case {}: the last SMS attempt's outcome is unknown, sending it again under the same key",
          entry.key(), entry.businessKey());
    }
    log.recordAttempt(entry);
    gateway.send(new SmsSender.Sms(entry.key(), entry.mobile(), entry.text()));
    log.recordSent(entry.key(), EngineClock.date());
    LOG.info("notice {} SMS sent to {}", entry.key(), to);
  }

  /**
   * Both subject lines, Hindi first, where they fit one SMS, else the English one; with the case's
   * number where the subject does not name it (a registration names the society instead).
   */
  static String text(NoticeMessage message, String caseNumber) {
    List<String> candidates = List.of(message.subject(), message.subjects().get(message.subjects().size() - 1));
    String text = null;
    for (String candidate : candidates) {
      text = caseNumber == null || candidate.contains(caseNumber) ? candidate : candidate + " (" + caseNumber + ")";
      if (text.length() <= SINGLE_SMS) {
        return text;
      }
    }
    return text;
  }
}
