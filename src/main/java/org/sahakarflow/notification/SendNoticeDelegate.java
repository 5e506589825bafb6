package org.sahakarflow.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${sendNotice}} on an async service task, with input parameters {@code notice} (a
 * {@link Notice}) and optional {@code noticeTo} (see {@link NoticeRecipients}; default the
 * applicant). Any failure propagates, so the engine retries the step and then shows an incident.
 */
@Component("sendNotice")
class SendNoticeDelegate implements JavaDelegate {

  static final String NOTICE = "notice";
  static final String NOTICE_TO = "noticeTo";

  private final NoticeService notices;
  private final NoticeKeys keys;
  private final NoticeRecipients recipients;

  SendNoticeDelegate(NoticeService notices, NoticeKeys keys, NoticeRecipients recipients) {
    this.notices = notices;
    this.keys = keys;
    this.recipients = recipients;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Notice notice = Notice.of(execution.getVariableLocal(NOTICE));
    Object to = execution.getVariableLocal(NOTICE_TO);
    String noticeTo = to == null || to.toString().isBlank()
        ? NoticeRecipients.APPLICANT : to.toString().trim();
    notices.send(new NoticeService.Sending(keys.keyOf(execution), notice,
            execution.getProcessInstanceId(), execution.getProcessBusinessKey(),
            execution::getVariable),
        () -> recipients.resolve(noticeTo, execution));
  }
}
