package org.sahakarflow.notification;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.sahakarflow.system.CaseVariables;
import org.springframework.stereotype.Component;

/**
 * Turns a {@code noticeTo} value into e-mail addresses: {@code applicant} (the chief promoter),
 * {@code group:<groupId>} (every member with an address) or {@code task:<taskDefinitionKey>} (the
 * open task's assignee, else its candidates). Finding nobody is an error: a notice with no
 * recipient must surface as an incident, not vanish.
 */
@Component
class NoticeRecipients {

  static final String APPLICANT = "applicant";
  static final String GROUP = "group:";
  static final String TASK = "task:";

  private final IdentityService identity;
  private final TaskService tasks;

  NoticeRecipients(IdentityService identity, TaskService tasks) {
    this.identity = identity;
    this.tasks = tasks;
  }

  List<String> resolve(String noticeTo, DelegateExecution execution) {
    // the step may run as whoever triggered the job; recipients are not theirs to be hidden from
    Set<String> addresses = Context.getCommandContext()
        .runWithoutAuthorization(() -> lookUp(noticeTo, execution));
    if (addresses.isEmpty()) {
      throw new IllegalStateException("notice to '" + noticeTo + "' in case "
          + execution.getProcessBusinessKey() + ": nobody with an e-mail address");
    }
    return List.copyOf(addresses);
  }

  private Set<String> lookUp(String noticeTo, DelegateExecution execution) {
    Set<String> addresses = new LinkedHashSet<>();
    if (APPLICANT.equals(noticeTo)) {
      add(addresses, (String) execution.getVariable(CaseVariables.APPLICANT_EMAIL));
    } else if (noticeTo.startsWith(GROUP)) {
      addGroup(addresses, noticeTo.substring(GROUP.length()));
    } else if (noticeTo.startsWith(TASK)) {
      String key = noticeTo.substring(TASK.length());
      for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
          .taskDefinitionKey(key).list()) {
        addTask(addresses, task);
      }
    } else {
      throw new IllegalArgumentException("noticeTo '" + noticeTo + "' is not 'applicant', '"
          + GROUP + "<groupId>' or '" + TASK + "<taskDefinitionKey>'");
    }
    return addresses;
  }

  private void addTask(Set<String> addresses, Task task) {
    if (task.getAssignee() != null) {
      addUser(addresses, task.getAssignee());
      return;
    }
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (link.getGroupId() != null) {
        addGroup(addresses, link.getGroupId());
      } else if (link.getUserId() != null) {
        addUser(addresses, link.getUserId());
      }
    }
  }

  private void addGroup(Set<String> addresses, String groupId) {
    for (User user : identity.createUserQuery().memberOfGroup(groupId).list()) {
      add(addresses, user.getEmail());
    }
  }

  private void addUser(Set<String> addresses, String userId) {
    User user = identity.createUserQuery().userId(userId).singleResult();
    if (user != null) {
      add(addresses, user.getEmail());
    }
  }

  private static void add(Set<String> addresses, String email) {
    if (email != null && !email.isBlank()) {
      addresses.add(email.trim());
    }
  }
}
