package org.sahakarflow.notification;

import java.util.List;
import org.sahakarflow.system.IndianMobile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A message to a person about their account (a sign-up's one-time codes), not about a case: sent
 * at once, on the caller's thread, by the same SMTP server and SMS gateway as the notices, and
 * never written to the notice logs (a code is a secret). Without SMTP or a gateway it is written to
 * the application log instead, as notices are, so that a default run can be tried end to end.
 * A failure is thrown: the caller's request fails and writes nothing.
 */
@Component
public class AccountMessages {

  private static final Logger LOG = LoggerFactory.getLogger(AccountMessages.class);

  private final NoticeMailer mailer;
  private final ObjectProvider<SmsSender> sms;

  AccountMessages(NoticeMailer mailer, ObjectProvider<SmsSender> sms) {
    this.mailer = mailer;
    this.sms = sms;
  }

  /** @param key the message's own, the same if it is ever sent again */
  public void mail(String key, String to, String subject, String body) {
    NoticeMessage message = new NoticeMessage(subject, body);
    if (!mailer.sends()) {
      mailer.record(key, List.of(to), message);
      return;
    }
    mailer.send(key, List.of(to), message);
  }

  /** @param mobile ten digits */
  public void sms(String key, String mobile, String text) {
    SmsSender gateway = sms.getIfAvailable();
    if (gateway == null) {
      LOG.info("message {} SMS recorded, not sent (no SMS gateway configured) to {}: {}", key,
          IndianMobile.masked(mobile), text);
      return;
    }
    gateway.send(new SmsSender.Sms(key, mobile, text));
  }
}
