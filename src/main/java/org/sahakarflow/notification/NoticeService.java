package org.sahakarflow.notification;

import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.sahakarflow.system.EngineClock;
import org.sahakarflow.system.India;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends a notice at most once per key: skip what the log already holds, render, deliver, then
 * log. The order matters: a crash between delivery and logging can at worst repeat a notice,
 * whereas logging first could lose one.
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
    if (log.contains(sending.key())) {
      LOG.info("notice {} of case {} already sent, not sending it again", sending.key(),
          sending.businessKey());
      return;
    }
    Date now = EngineClock.date();
    String shownNow = NOW_FORMAT.format(now.toInstant());
    NoticeMessage message = templates.render(sending.notice(),
        name -> NOW.equals(name) ? shownNow : sending.variables().apply(name));
    List<String> to = recipients.get();
    NoticeLog.Status status = mailer.deliver(sending.key(), to, message);
    NoticeLog.Entry entry = new NoticeLog.Entry(sending.key(), sending.processInstanceId(),
        sending.businessKey(), sending.notice(), to, message, status, now);
    if (status == NoticeLog.Status.SENT) {
      log.recordSent(entry);
    } else {
      log.recordUnsent(entry);
    }
  }

  record Sending(String key, Notice notice, String processInstanceId, String businessKey,
      Function<String, Object> variables) {
  }
}
