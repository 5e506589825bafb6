package org.sahakarflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

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
    assertThat(cases.job(instance).getRetries()).isEqualTo(2);

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
  void withSmtpDownTheStepIsRetriedThenAnIncidentAndNothingIsLogged() {
    ProcessInstance instance = cases.start(NoticeTestCases.LOOP, NoticeTestCases.caseVariables());
    String jobId = cases.job(instance).getId();
    smtp.stop();

    for (int retriesLeft = 2; retriesLeft >= 0; retriesLeft--) {
      assertThatThrownBy(() -> management.executeJob(jobId))
          .hasStackTraceContaining("Connection refused");
      assertThat(cases.job(instance).getRetries()).isEqualTo(retriesLeft);
    }
    Incident incident = engine.getRuntimeService().createIncidentQuery()
        .processInstanceId(instance.getId()).singleResult();
    assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
    assertThat(incident.getActivityId()).isEqualTo(NoticeTestCases.LOOP_SEND);
    assertThat(cases.logged(instance)).isEmpty();

    // once the mail server is back, an operator's retry from Cockpit delivers the notice
    smtp.start();
    management.setJobRetries(jobId, 1);
    management.executeJob(jobId);
    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThat(engine.getRuntimeService().createIncidentQuery()
        .processInstanceId(instance.getId()).count()).isZero();
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
