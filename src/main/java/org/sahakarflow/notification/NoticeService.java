package org.sahakarflow.notification;

import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.sahakarflow.system.EngineClock;
import org.sahakarflow.system.India;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends a notice once per key toward the receiver: skip what the log holds as sent, log the attempt,
 * hand it to SMTP, log it sent. A crash or a dropped connection between the hand-over and the log
 * leaves the attempt, and the retry sends again under the same Message-ID: the receiver may get a
 * second copy it can recognise, never a notice lost.
 */
@Component
class NoticeService {

  static final String NOW = "now";

  private static final Logger LOG = LoggerFactory.getLogger(NoticeService.class);
  private static final DateTimeFormatter NOW_FORMAT =
      DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(India.ZONE);

  private final NoticeTemplates templates;
  private final NoticeMailer mailer;
  private final NoticeLog log;

  NoticeService(NoticeTemplates templates, NoticeMailer mailer, NoticeLog log) {
    this.templates = templates;
    this.mailer = mailer;
    this.log = log;
  }

  /** @param recipients asked only when the notice is actually due, since it may throw */
  void send(Sending sending, Supplier<List<String>> recipients) {
    Optional<NoticeLog.Status> logged = log.status(sending.key());
    if (logged.isPresent() && logged.get() != NoticeLog.Status.SENDING) {
      LOG.info("notice {} of case {} already sent, not sending it again", sending.key(),
          sending.businessKey());
      return;
    }
    Date now = EngineClock.date();
    String shownNow = NOW_FORMAT.format(now.toInstant());
    NoticeMessage message = templates.render(sending.notice(),
        name -> NOW.equals(name) ? shownNow : sending.variables().apply(name));
    List<String> to = recipients.get();
    NoticeLog.Entry entry = new NoticeLog.Entry(sending.key(), sending.processInstanceId(),
        sending.businessKey(), sending.notice(), to, message, now);
    if (!mailer.sends()) {
      mailer.record(sending.key(), to, message);
      log.recordUnsent(entry);
      return;
    }
    if (logged.isPresent()) {
      // the last attempt may have been delivered (a crash or a dropped connection before the server's
      // answer): the same Message-ID lets the receiver keep one copy
      LOG.warn("notice {} of case {}: the last attempt's outcome is unknown, sending it again as {}",
          sending.key(), sending.businessKey(), mailer.messageId(sending.key()));
    }
    log.recordAttempt(entry, mailer.messageId(sending.key()));
    mailer.send(sending.key(), to, message);
    log.recordSent(sending.key(), EngineClock.date());
  }

  record Sending(String key, Notice notice, String processInstanceId, String businessKey,
      Function<String, Object> variables) {
  }
}
