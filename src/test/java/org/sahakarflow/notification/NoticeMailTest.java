package org.sahakarflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Notices through a real SMTP server (GreenMail): content, once-only delivery, failures. */
@SahakarMailTest
class NoticeMailTest {

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
  @Autowired
  AfterSendFault afterSendFault;
  @Autowired
  JavaMailSenderImpl mailSender;

  NoticeTestCases cases;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    cases = new NoticeTestCases(engine, jdbc);
  }

  @Test
  void queryNoticeReachesTheChiefPromoterInHindiAndEnglish() throws Exception {
    Map<String, Object> variables = NoticeTestCases.caseVariables();
    ProcessInstance instance = cases.start(NoticeTestCases.LOOP, variables);
    String number = (String) variables.get("applicationNumber");

    management.executeJob(cases.job(instance).getId());

    MimeMessage mail = onlyMail();
    assertThat(addresses(mail.getRecipients(Message.RecipientType.TO)))
        .containsExactly((String) variables.get("chiefPromoterEmail"));
    assertThat(addresses(mail.getFrom())).containsExactly("no-reply@sahakarflow.in");
    assertThat(mail.getSubject()).isEqualTo("आवेदन " + number + " के संबंध में प्रश्न"
        + " / Query on application " + number);
    assertThat(mail.getContentType()).containsIgnoringCase("text/plain")
        .containsIgnoringCase("charset=UTF-8");
    String body = (String) mail.getContent();
    assertThat(body).contains("आदरणीय मुख्य प्रवर्तक,", "Dear Chief Promoter,",
        NoticeTemplates.SEPARATOR, "(आवेदन संख्या " + number + ")",
        "(application number " + number + ")", (String) variables.get("queryText"));
    assertThat(body.indexOf("आदरणीय")).isLessThan(body.indexOf("Dear Chief Promoter"));

    assertThat(instance).isWaitingAt(NoticeTestCases.LOOP_REPLY);
    assertThat(cases.logged(instance)).singleElement().satisfies(row -> {
      assertThat(row.get("notice_key")).isEqualTo(instance.getId() + ":Task_SendQuery:0");
      assertThat(row.get("status")).isEqualTo("SENT");
      assertThat(row.get("business_key")).isEqualTo(number);
      assertThat(row.get("notice")).isEqualTo("QUERY_RAISED");
    });
  }

  @Test
  void aStepRetriedAfterItsMailLeftDoesNotSendItAgain() {
    ProcessInstance instance = cases.start(NoticeTestCases.LOOP, NoticeTestCases.caseVariables());
    afterSendFault.armFor(instance.getId());
    String jobId = cases.job(instance).getId();

    assertThatThrownBy(() -> management.executeJob(jobId))
        .hasStackTraceContaining(AfterSendFault.MESSAGE);
    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThat(cases.job(instance).getRetries()).as("the first of six retries").isEqualTo(6);

    management.executeJob(jobId);

    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThat(cases.logged(instance)).hasSize(1);
    assertThat(instance).isWaitingAt(NoticeTestCases.LOOP_REPLY);
  }

  @Test
  void eachRoundOfTheQueryLoopSendsItsOwnNotice() throws Exception {
    ProcessInstance instance = cases.start(NoticeTestCases.LOOP, NoticeTestCases.caseVariables());
    management.executeJob(cases.job(instance).getId());
    Task reply = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    tasks.complete(reply.getId(), Map.of(NoticeTestCases.QUERY_AGAIN, true,
        "queryText", "The reply does not list the promoters' villages."));

    management.executeJob(cases.job(instance).getId());

    MimeMessage[] mails = smtp.getReceivedMessages();
    assertThat(mails).hasSize(2);
    assertThat((String) mails[1].getContent())
        .contains("The reply does not list the promoters' villages.");
    assertThat(cases.logged(instance)).extracting(row -> row.get("notice_key"))
        .containsExactly(instance.getId() + ":Task_SendQuery:0",
            instance.getId() + ":Task_SendQuery:1");
    assertThat(instance).isWaitingAt(NoticeTestCases.LOOP_REPLY);
  }

  @Test
  void aTwoMinuteSmtpOutageHealsOnTheRetryCycleWithNoIncidentAndOneMail() throws Exception {
    Instant outage = Instant.parse("2026-12-07T05:00:00Z");
    ClockUtil.setCurrentTime(Date.from(outage));
    try {
      ProcessInstance instance = cases.start(NoticeTestCases.LOOP, NoticeTestCases.caseVariables());
      String jobId = cases.job(instance).getId();
      smtp.stop();

      assertThatThrownBy(() -> management.executeJob(jobId)).hasStackTraceContaining("Connection refused");
      assertThat(retryAt(instance)).isEqualTo(outage.plus(Duration.ofMinutes(1)));
      ClockUtil.setCurrentTime(Date.from(outage.plus(Duration.ofMinutes(1))));
      assertThatThrownBy(() -> management.executeJob(jobId)).hasStackTraceContaining("Connection refused");
      assertThat(retryAt(instance)).isEqualTo(outage.plus(Duration.ofMinutes(6)));
      assertThat(cases.logged(instance)).as("each attempt logged before the hand-over").singleElement()
          .satisfies(row -> assertThat(row).containsEntry("status", "SENDING").containsEntry("attempts", 2));

      smtp.start();
      ClockUtil.setCurrentTime(Date.from(outage.plus(Duration.ofMinutes(6))));
      management.executeJob(jobId);

      assertThat(onlyMail().getMessageID()).isEqualTo("<notice." + instance.getId() + ".Task_SendQuery.0@sahakarflow.in>");
      assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
      assertThat(instance).isWaitingAt(NoticeTestCases.LOOP_REPLY);
      assertThat(cases.logged(instance)).singleElement().satisfies(row -> {
        assertThat(row.get("status")).isEqualTo("SENT");
        assertThat(row.get("attempts")).isEqualTo(3);
      });
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  void anIncidentIsRaisedOnlyOnceTheWholeCycleIsSpent() {
    Instant start = Instant.parse("2026-12-07T05:00:00Z");
    ClockUtil.setCurrentTime(Date.from(start));
    try {
      ProcessInstance instance = cases.start(NoticeTestCases.LOOP, NoticeTestCases.caseVariables());
      String jobId = cases.job(instance).getId();
      smtp.stop();
      Instant now = start;
      for (Duration wait : List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15),
          Duration.ofHours(1), Duration.ofHours(4), Duration.ofHours(12))) {
        assertThatThrownBy(() -> management.executeJob(jobId)).hasStackTraceContaining("Connection refused");
        assertThat(retryAt(instance)).isEqualTo(now.plus(wait));
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count())
            .as("no incident while retries are left").isZero();
        now = now.plus(wait);
        ClockUtil.setCurrentTime(Date.from(now));
      }
      assertThatThrownBy(() -> management.executeJob(jobId)).hasStackTraceContaining("Connection refused");

      Incident incident = engine.getRuntimeService().createIncidentQuery()
          .processInstanceId(instance.getId()).singleResult();
      assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
      assertThat(incident.getActivityId()).isEqualTo(NoticeTestCases.LOOP_SEND);
      assertThat(Duration.between(start, now)).as("about 17 hours of retries").isEqualTo(Duration.ofMinutes(1041));

      // once the mail server is back, an operator's retry from Cockpit delivers the notice
      smtp.start();
      management.setJobRetries(jobId, 1);
      management.executeJob(jobId);
      assertThat(smtp.getReceivedMessages()).hasSize(1);
      assertThat(engine.getRuntimeService().createIncidentQuery()
          .processInstanceId(instance.getId()).count()).isZero();
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  void aNoticeWhoseReplyWasLostIsSentAgainUnderTheSameMessageId() throws Exception {
    ProcessInstance instance = cases.start(NoticeTestCases.LOOP, NoticeTestCases.caseVariables());
    String jobId = cases.job(instance).getId();
    int port = mailSender.getPort();
    try (SmtpReplyDrop relay = new SmtpReplyDrop(SahakarMailTest.SMTP_PORT + 1, SahakarMailTest.SMTP_PORT)) {
      mailSender.setPort(SahakarMailTest.SMTP_PORT + 1);
      relay.armOnce();

      assertThatThrownBy(() -> management.executeJob(jobId)).isInstanceOf(Exception.class);
      assertThat(smtp.getReceivedMessages()).as("the server took it; the sender never heard").hasSize(1);
      assertThat(cases.logged(instance)).singleElement().satisfies(row -> assertThat(row.get("status")).isEqualTo("SENDING"));

      management.executeJob(jobId);
    } finally {
      mailSender.setPort(port);
    }

    MimeMessage[] mails = smtp.getReceivedMessages();
    assertThat(mails).hasSize(2);
    assertThat(mails[1].getMessageID()).as("a copy the receiver can drop").isEqualTo(mails[0].getMessageID())
        .isEqualTo("<notice." + instance.getId() + ".Task_SendQuery.0@sahakarflow.in>");
    assertThat(cases.logged(instance)).singleElement().satisfies(row -> {
      assertThat(row.get("status")).isEqualTo("SENT");
      assertThat(row.get("attempts")).isEqualTo(2);
      assertThat(row.get("message_id")).isEqualTo(mails[0].getMessageID());
    });
    assertThat(instance).isWaitingAt(NoticeTestCases.LOOP_REPLY);
  }

  @Test
  void aHungMailServerFailsTheAttemptWellInsideTheJobLockAndTheRetryDelivers() throws Exception {
    Properties configured = mailSender.getJavaMailProperties();
    assertThat(Integer.parseInt(configured.getProperty("mail.smtp.timeout")) + Integer.parseInt(
        configured.getProperty("mail.smtp.connectiontimeout"))).as("a send gives up long before the 2-minute lock")
        .isLessThan(120_000);
    Instant hung = Instant.parse("2026-12-07T05:00:00Z");
    ClockUtil.setCurrentTime(Date.from(hung));
    int port = mailSender.getPort();
    Properties quick = new Properties();
    quick.putAll(configured);
    quick.setProperty("mail.smtp.timeout", "1500");
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      ProcessInstance instance = cases.start(NoticeTestCases.LOOP, NoticeTestCases.caseVariables());
      String jobId = cases.job(instance).getId();
      // accepts the connection and never says a word, as a hung server does
      mailSender.setJavaMailProperties(quick);
      mailSender.setPort(silent.getLocalPort());

      assertThatThrownBy(() -> management.executeJob(jobId)).hasStackTraceContaining("timed out");
      assertThat(retryAt(instance)).isEqualTo(hung.plus(Duration.ofMinutes(1)));

      mailSender.setPort(port);
      ClockUtil.setCurrentTime(Date.from(hung.plus(Duration.ofMinutes(1))));
      management.executeJob(jobId);

      assertThat(onlyMail().getSubject()).contains("Query");
      assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
      assertThat(cases.logged(instance)).singleElement()
          .satisfies(row -> assertThat(row).containsEntry("status", "SENT").containsEntry("attempts", 2));
    } finally {
      mailSender.setPort(port);
      mailSender.setJavaMailProperties(configured);
      ClockUtil.reset();
    }
  }

  /** When the failed step may run again: the job executor does not take it before. */
  private Instant retryAt(ProcessInstance instance) {
    JobEntity job = (JobEntity) cases.job(instance);
    return (job.getLockExpirationTime() != null ? job.getLockExpirationTime() : job.getDuedate()).toInstant();
  }

  private MimeMessage onlyMail() {
    MimeMessage[] mails = smtp.getReceivedMessages();
    assertThat(mails).hasSize(1);
    return mails[0];
  }

  static List<String> addresses(Address[] addresses) {
    return Arrays.stream(addresses).map(a -> ((jakarta.mail.internet.InternetAddress) a)
        .getAddress()).toList();
  }
}
