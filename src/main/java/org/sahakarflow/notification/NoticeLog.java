package org.sahakarflow.notification;

import java.sql.Timestamp;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** {@code notice_log}: what went out, or is going (or, without SMTP, what would have), one row per key. */
@Component
class NoticeLog {

  private final JdbcTemplate jdbc;

  NoticeLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** What the log holds for the key: nothing yet, an attempt whose outcome is unknown, or done. */
  Optional<Status> status(String key) {
    return jdbc.queryForList("select status from notice_log where notice_key = ?", String.class, key).stream()
        .findFirst().map(Status::valueOf);
  }

  /**
   * Commits before the mail is handed to SMTP: should the node die or the connection drop before
   * the server's answer, the retry finds the attempt and sends again under the same Message-ID.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void recordAttempt(Entry entry, String messageId) {
    int again = jdbc.update("update notice_log set attempts = attempts + 1, sent_at = ? where notice_key = ?"
        + " and status = 'SENDING'", new Timestamp(entry.at().getTime()), entry.key());
    if (again == 0) {
      insert(entry, Status.SENDING, messageId);
    }
  }

  /**
   * Commits on its own: once a mail has left, the job's transaction may still roll back (a later
   * step fails), and the retry must then find this row and not send again.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void recordSent(String key, Date at) {
    jdbc.update("update notice_log set status = 'SENT', sent_at = ? where notice_key = ?", new Timestamp(at.getTime()),
        key);
  }

  /**
   * Nothing left the building, so the row goes with the job's transaction: should that roll back,
   * the retry records the notice again, once.
   */
  @Transactional(propagation = Propagation.REQUIRED)
  public void recordUnsent(Entry entry) {
    insert(entry, Status.RECORDED, null);
  }

  private void insert(Entry entry, Status status, String messageId) {
    jdbc.update("""
        insert into notice_log (notice_key, process_instance_id, business_key, notice, recipients,
          subject, body, status, sent_at, message_id)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        entry.key(), entry.processInstanceId(), entry.businessKey(), entry.notice().name(),
        clip(String.join(", ", entry.recipients()), 2000), clip(entry.message().subject(), 500),
        clip(entry.message().body(), 8000), status.name(), new Timestamp(entry.at().getTime()), messageId);
  }

  /** The log keeps what fits its columns; the mail itself always carries the full text. */
  private static String clip(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length - 1) + "…";
  }

  /** SENDING: handed to SMTP, answer not (yet) had; SENT: accepted by SMTP; RECORDED: no SMTP configured. */
  enum Status { SENDING, SENT, RECORDED }

  record Entry(String key, String processInstanceId, String businessKey, Notice notice,
      List<String> recipients, NoticeMessage message, Date at) {
  }
}
