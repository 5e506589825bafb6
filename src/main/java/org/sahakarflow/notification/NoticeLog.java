package org.sahakarflow.notification;

import java.sql.Timestamp;
import java.util.Date;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** {@code notice_log}: what went out (or, without SMTP, what would have), one row per key. */
@Component
class NoticeLog {

  private final JdbcTemplate jdbc;

  NoticeLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  boolean contains(String key) {
    Integer rows = jdbc.queryForObject("select count(*) from notice_log where notice_key = ?",
        Integer.class, key);
    return rows != null && rows > 0;
  }

  /**
   * Commits on its own: once a mail has left, the job's transaction may still roll back (a later
   * step fails), and the retry must then find this row and not send again.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void recordSent(Entry entry) {
    insert(entry);
  }

  /**
   * Nothing left the building, so the row goes with the job's transaction: should that roll back,
   * the retry records the notice again, once.
   */
  @Transactional(propagation = Propagation.REQUIRED)
  public void recordUnsent(Entry entry) {
    insert(entry);
  }

  private void insert(Entry entry) {
    jdbc.update("""
        insert into notice_log (notice_key, process_instance_id, business_key, notice, recipients,
          subject, body, status, sent_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        entry.key(), entry.processInstanceId(), entry.businessKey(), entry.notice().name(),
        clip(String.join(", ", entry.recipients()), 2000), clip(entry.message().subject(), 500),
        clip(entry.message().body(), 8000), entry.status().name(),
        new Timestamp(entry.at().getTime()));
  }

  /** The log keeps what fits its columns; the mail itself always carries the full text. */
  private static String clip(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length - 1) + "…";
  }

  enum Status { SENT, RECORDED }

  record Entry(String key, String processInstanceId, String businessKey, Notice notice,
      List<String> recipients, NoticeMessage message, Status status, Date at) {
  }
}
