package org.sahakarflow.notification;

import java.sql.Timestamp;
import java.util.Date;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code notice_sms_log}: the SMS of each notice, kept apart from {@link NoticeLog} so that each
 * channel is delivered once on its own; the transactions follow {@link NoticeLog}'s for the same
 * reasons.
 */
@Component
class NoticeSmsLog {

  private final JdbcTemplate jdbc;

  NoticeSmsLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Optional<NoticeLog.Status> status(String key) {
    return jdbc.queryForList("select status from notice_sms_log where notice_key = ?", String.class, key).stream()
        .findFirst().map(NoticeLog.Status::valueOf);
  }

  /** Commits before the gateway is asked, so a retry after a crash knows the SMS may have left. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void recordAttempt(Entry entry) {
    int again = jdbc.update("update notice_sms_log set attempts = attempts + 1, sent_at = ? where notice_key = ?"
        + " and status = 'SENDING'", new Timestamp(entry.at().getTime()), entry.key());
    if (again == 0) {
      insert(entry, NoticeLog.Status.SENDING);
    }
  }

  /** Commits on its own: the step may still fail after the SMS left, and its retry must skip it. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void recordSent(String key, Date at) {
    jdbc.update("update notice_sms_log set status = 'SENT', sent_at = ? where notice_key = ?",
        new Timestamp(at.getTime()), key);
  }

  /** Nothing left, so the row goes with the job's transaction (and comes again, once, with its retry). */
  @Transactional(propagation = Propagation.REQUIRED)
  public void recordUnsent(Entry entry) {
    insert(entry, NoticeLog.Status.RECORDED);
  }

  private void insert(Entry entry, NoticeLog.Status status) {
    String text = entry.text().length() <= 1000 ? entry.text() : entry.text().substring(0, 999) + "…";
    jdbc.update("""
        insert into notice_sms_log (notice_key, process_instance_id, business_key, notice, mobile, sms_text,
          status, sent_at)
        values (?, ?, ?, ?, ?, ?, ?, ?)""",
        entry.key(), entry.processInstanceId(), entry.businessKey(), entry.notice().name(), entry.mobile(),
        text, status.name(), new Timestamp(entry.at().getTime()));
  }

  record Entry(String key, String processInstanceId, String businessKey, Notice notice, String mobile,
      String text, Date at) {
  }
}
