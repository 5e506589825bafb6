package org.sahakarflow.notification;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.sahakarflow.system.ModelPaths;
import org.springframework.stereotype.Component;

/**
 * {@code ${sendNotice}} on an async service task, with input parameters {@code notice} (a
 * {@link Notice}) and optional {@code noticeTo} (see {@link NoticeRecipients}; default the
 * applicant). Any failure propagates, so the engine retries the step and then shows an incident.
 * A template's {@code {{dueDate}}} is the due date of the step the notice is about: the task
 * {@code noticeTo} names, else the task whose boundary timer led to the notice.
 */
@Component("sendNotice")
class SendNoticeDelegate implements JavaDelegate {

  static final String NOTICE = "notice";
  static final String NOTICE_TO = "noticeTo";
  static final String DUE_DATE = "dueDate";

  private final NoticeService notices;
  private final NoticeKeys keys;
  private final NoticeRecipients recipients;
  private final TaskService tasks;

  SendNoticeDelegate(NoticeService notices, NoticeKeys keys, NoticeRecipients recipients, TaskService tasks) {
    this.notices = notices;
    this.keys = keys;
    this.recipients = recipients;
    this.tasks = tasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Notice notice = Notice.of(execution.getVariableLocal(NOTICE));
    Object to = execution.getVariableLocal(NOTICE_TO);
    String noticeTo = to == null || to.toString().isBlank()
        ? NoticeRecipients.APPLICANT : to.toString().trim();
    notices.send(new NoticeService.Sending(keys.keyOf(execution), notice,
            execution.getProcessInstanceId(), execution.getProcessBusinessKey(),
            name -> {
              Object value = execution.getVariable(name);
              return value == null && DUE_DATE.equals(name) ? stepDueDate(execution, noticeTo) : value;
            }),
        () -> recipients.resolve(noticeTo, execution));
  }

  private Object stepDueDate(DelegateExecution execution, String noticeTo) {
    String step = noticeTo.startsWith(NoticeRecipients.TASK)
        ? noticeTo.substring(NoticeRecipients.TASK.length()) : timedStep(execution);
    if (step == null) {
      return null;
    }
    return Context.getCommandContext().runWithoutAuthorization(() -> tasks.createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(step).list().stream()
        .map(Task::getDueDate).filter(due -> due != null).findFirst().orElse(null));
  }

  /** The task whose boundary event starts the path this notice step is on, if any. */
  private static String timedStep(DelegateExecution execution) {
    return ModelPaths.boundaryEventBefore((FlowNode) execution.getBpmnModelElementInstance())
        .map(boundary -> boundary.getAttachedTo().getId()).orElse(null);
  }
}
