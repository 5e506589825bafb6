package org.sahakarflow.notification;

import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.sahakarflow.system.EngineClock;
import org.sahakarflow.system.India;
import org.sahakarflow.system.IndianMobile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends a notice once per key toward the receiver: skip what the log holds as sent, log the attempt,
 * hand it to SMTP, log it sent. A crash or a dropped connection between the hand-over and the log
 * leaves the attempt, and the retry sends again under the same Message-ID: the receiver may get a
 * second copy it can recognise, never a notice lost.
 * <p>
 * A notice to an applicant with a valid mobile also goes by SMS ({@link NoticeSms}), after the mail
 * and in the same step. Each channel keeps its own record under the one key, so a retry repeats
 * only what is not yet done: an SMS gateway that fails after the mail left fails the step, and its
 * retry skips the mail (SENT) and sends the SMS. Two steps would have doubled every notice's jobs
 * and history for the cases with no mobile; one record for both would send the mail again.
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
  private final NoticeSms sms;

  NoticeService(NoticeTemplates templates, NoticeMailer mailer, NoticeLog log, NoticeSms sms) {
    this.templates = templates;
    this.mailer = mailer;
    this.log = log;
    this.sms = sms;
  }

  /** @param recipients asked only when the notice is actually due, since it may throw */
  void send(Sending sending, Supplier<List<String>> recipients) {
    Optional<NoticeLog.Status> mailed = log.status(sending.key());
    Optional<String> mobile = IndianMobile.of(sending.mobile());
    Optional<NoticeLog.Status> texted = mobile.isPresent() ? sms.status(sending.key()) : Optional.empty();
    boolean smsDue = mobile.isPresent() && due(texted);
    if (!due(mailed) && !smsDue) {
      LOG.info("notice {} of case {} already sent, not sending it again", sending.key(),
          sending.businessKey());
      return;
    }
    if (mobile.isEmpty() && sending.mobile() != null && !sending.mobile().toString().isBlank()) {
      LOG.info("notice {} of case {}: the mobile on record is not an Indian mobile number, no SMS",
          sending.key(), sending.businessKey());
    }
    Date now = EngineClock.date();
    String shownNow = NOW_FORMAT.format(now.toInstant());
    NoticeMessage message = templates.render(sending.notice(),
        name -> NOW.equals(name) ? shownNow : sending.variables().apply(name));
    if (due(mailed)) {
      mail(sending, mailed, recipients.get(), message, now);
    }
    if (smsDue) {
      sms.send(new NoticeSmsLog.Entry(sending.key(), sending.processInstanceId(), sending.businessKey(),
          sending.notice(), mobile.get(), NoticeSms.text(message, sending.businessKey()), now), texted);
    }
  }

  private void mail(Sending sending, Optional<NoticeLog.Status> logged, List<String> to, NoticeMessage message,
      Date now) {
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

  /** Not yet logged, or an attempt whose outcome is unknown. */
  private static boolean due(Optional<NoticeLog.Status> logged) {
    return logged.isEmpty() || logged.get() == NoticeLog.Status.SENDING;
  }

  /** @param mobile the applicant's mobile as the case holds it, for notices to the applicant; else null */
  record Sending(String key, Notice notice, String processInstanceId, String businessKey,
      Function<String, Object> variables, Object mobile) {
  }
}
