package org.sahakarflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sahakarflow.notification.NoticeMailTest.addresses;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sahakarflow.identity.Groups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Who a notice reaches for {@code noticeTo = group:...} and {@code task:...}. */
@SahakarMailTest
class NoticeRecipientsTest {

  @RegisterExtension
  static final GreenMailExtension smtp = new GreenMailExtension(
      new ServerSetup(SahakarMailTest.SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP));

  @Autowired
  ProcessEngine engine;
  @Autowired
  ManagementService management;
  @Autowired
  TaskService tasks;
  @Autowired
  JdbcTemplate jdbc;

  NoticeTestCases cases;

  @BeforeEach
  void setUp() {
    cases = new NoticeTestCases(engine, jdbc);
  }

  @AfterEach
  void tearDown() {
    cases.removeIdentities();
  }

  @Test
  void groupNoticeGoesToEveryMemberWithAnAddress() throws Exception {
    String group = "notice-test-" + System.nanoTime();
    List<String> reachable = cases.newGroup(group, 2, 1);
    ProcessInstance instance = noticeToGroup(group);

    management.executeJob(cases.job(instance).getId());

    assertThat(addresses(onlyRecipientsOfTheMail())).containsExactlyInAnyOrderElementsOf(reachable);
  }

  @Test
  void aNoticeWithNobodyToReachFailsTheStepInsteadOfVanishing() {
    String group = "notice-test-" + System.nanoTime();
    cases.newGroup(group, 0, 2);
    ProcessInstance instance = noticeToGroup(group);
    Job job = cases.job(instance);

    assertThatThrownBy(() -> management.executeJob(job.getId()))
        .hasStackTraceContaining("nobody with an e-mail address");
    assertThat(smtp.getReceivedMessages()).isEmpty();
    assertThat(cases.job(instance).getRetries()).as("retried on the cycle: an address may yet be added").isEqualTo(6);
  }

  @Test
  void taskNoticeGoesToTheCandidatesOfAnUnassignedTask() throws Exception {
    String group = "notice-test-" + System.nanoTime();
    List<String> members = cases.newGroup(group, 1, 1);
    String candidate = cases.newUser(true);
    ProcessInstance instance = noticeToReviewTask(group);
    tasks.addCandidateUser(reviewTask(instance).getId(), candidate);

    management.executeJob(cases.job(instance).getId());

    assertThat(addresses(onlyRecipientsOfTheMail()))
        .containsExactlyInAnyOrder(members.get(0), candidate + "@example.in");
  }

  @Test
  void taskNoticeGoesOnlyToTheAssigneeOnceTheTaskIsClaimed() throws Exception {
    String group = "notice-test-" + System.nanoTime();
    cases.newGroup(group, 2, 0);
    String assignee = cases.newUser(true);
    ProcessInstance instance = noticeToReviewTask(group);
    Task review = reviewTask(instance);
    review.setAssignee(assignee);
    review.setDueDate(Date.from(Instant.parse("2026-05-04T18:30:00Z")));
    tasks.saveTask(review);

    management.executeJob(cases.job(instance).getId());

    assertThat(addresses(onlyRecipientsOfTheMail())).containsExactly(assignee + "@example.in");
    MimeMessage mail = smtp.getReceivedMessages()[0];
    assertThat(mail.getSubject()).startsWith("अनुस्मारक: ")
        .contains("\"Review case\" दिनांक 05-05-2026 तक",
            " / Reminder: \"Review case\" for case ")
        .endsWith(" is due on 05-05-2026");
  }

  private ProcessInstance noticeToGroup(String group) {
    return startRecipients(NoticeRecipients.GROUP + group, Groups.rcsDistrict("RJ-UDR"));
  }

  /** The review task is offered to {@code reviewGroup}; the reminder names that task. */
  private ProcessInstance noticeToReviewTask(String reviewGroup) {
    return startRecipients(NoticeRecipients.TASK + NoticeTestCases.RECIPIENTS_REVIEW, reviewGroup);
  }

  private ProcessInstance startRecipients(String noticeTo, String reviewGroup) {
    Map<String, Object> variables = NoticeTestCases.caseVariables();
    variables.put(NoticeTestCases.NOTICE_TARGET, noticeTo);
    variables.put(NoticeTestCases.REVIEW_GROUP, reviewGroup);
    return cases.start(NoticeTestCases.RECIPIENTS, variables);
  }

  private Task reviewTask(ProcessInstance instance) {
    return tasks.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(NoticeTestCases.RECIPIENTS_REVIEW).singleResult();
  }

  /** GreenMail files one copy per recipient; all copies are the one message sent. */
  private Address[] onlyRecipientsOfTheMail() throws Exception {
    MimeMessage[] copies = smtp.getReceivedMessages();
    assertThat(copies).isNotEmpty();
    Address[] to = copies[0].getRecipients(Message.RecipientType.TO);
    assertThat(copies).hasSize(to.length);
    assertThat(Arrays.stream(copies).map(this::messageId).distinct()).hasSize(1);
    return to;
  }

  private String messageId(MimeMessage mail) {
    try {
      return mail.getMessageID();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
