package org.sahakarflow.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.sahakarflow.system.CaseVariables;
import org.sahakarflow.system.ModelPaths;
import org.sahakarflow.system.StepTasks;
import org.springframework.stereotype.Component;

/**
 * {@code ${sendNotice}} on an async service task, with extension properties {@code notice} (a
 * {@link Notice}) and optional {@code noticeTo} (see {@link NoticeRecipients}; default the
 * applicant); any other property (e.g. {@code taskName}) is a template value. A property may be
 * an expression ({@code group:${escalationGroup}}), evaluated on the step's execution
 * ({@link NoticeStepProperties}). Properties rather than input parameters: input parameters make
 * the step a scope with its own execution and store each value as a variable with its history,
 * for every notice of every case.
 * A notice to the applicant also goes by SMS where the case holds a valid mobile ({@link NoticeService}).
 * Any failure propagates, so the engine retries the step and then shows an incident.
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
  private final NoticeStepProperties stepProperties;

  SendNoticeDelegate(NoticeService notices, NoticeKeys keys, NoticeRecipients recipients,
      NoticeStepProperties stepProperties) {
    this.notices = notices;
    this.keys = keys;
    this.recipients = recipients;
    this.stepProperties = stepProperties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    NoticeStepProperties.Values properties = stepProperties.of(execution);
    Notice notice = Notice.of(properties.get(NOTICE));
    Object to = properties.get(NOTICE_TO);
    String noticeTo = to == null || to.toString().isBlank()
        ? NoticeRecipients.APPLICANT : to.toString().trim();
    notices.send(new NoticeService.Sending(keys.keyOf(execution), notice,
            execution.getProcessInstanceId(), execution.getProcessBusinessKey(),
            name -> {
              Object value = properties.has(name) ? properties.get(name) : execution.getVariable(name);
              return value == null && DUE_DATE.equals(name) ? stepDueDate(execution, noticeTo) : value;
            },
            // the applicant's notices only: an officer's mobile is not on record
            NoticeRecipients.APPLICANT.equals(noticeTo) ? execution.getVariable(CaseVariables.APPLICANT_MOBILE) : null),
        () -> recipients.resolve(noticeTo, execution));
  }

  private Object stepDueDate(DelegateExecution execution, String noticeTo) {
    String step = noticeTo.startsWith(NoticeRecipients.TASK)
        ? noticeTo.substring(NoticeRecipients.TASK.length()) : timedStep(execution);
    if (step == null) {
      return null;
    }
    return StepTasks.open(execution.getProcessInstanceId(), step).stream()
        .map(Task::getDueDate).filter(due -> due != null).findFirst().orElse(null);
  }

  /** The task whose boundary event starts the path this notice step is on, if any. */
  private static String timedStep(DelegateExecution execution) {
    return ModelPaths.boundaryEventBefore((FlowNode) execution.getBpmnModelElementInstance())
        .map(boundary -> boundary.getAttachedTo().getId()).orElse(null);
  }
}
