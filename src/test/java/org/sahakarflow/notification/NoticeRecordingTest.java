package org.sahakarflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.system.CaseVariables;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;

/** The default run has no mail server and no SMS gateway: notices are recorded in full, not lost. */
@SahakarTest
@ExtendWith(OutputCaptureExtension.class)
class NoticeRecordingTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  ManagementService management;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  ObjectProvider<JavaMailSender> smtp;
  @Autowired
  AfterSendFault afterSendFault;
  @Autowired
  ObjectProvider<SmsSender> smsGateway;

  NoticeTestCases cases;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    cases = new NoticeTestCases(engine, jdbc);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void withoutSmtpTheNoticeIsRecordedInFullAndLogged(CapturedOutput output) {
    assertThat(smtp.getIfAvailable()).as("no SMTP in the default run").isNull();
    Date sentAt = Date.from(Instant.parse("2026-04-01T04:30:00Z"));
    ClockUtil.setCurrentTime(sentAt);
    Map<String, Object> variables = NoticeTestCases.caseVariables();
    variables.put("replyDueDate", Date.from(Instant.parse("2026-04-15T18:30:00Z")));
    String number = (String) variables.get("applicationNumber");
    ProcessInstance instance = cases.start(NoticeTestCases.LOOP, variables);

    management.executeJob(cases.job(instance).getId());

    assertThat(instance).isWaitingAt(NoticeTestCases.LOOP_REPLY);
    Map<String, Object> row = cases.logged(instance).get(0);
    assertThat(row).containsEntry("status", "RECORDED")
        .containsEntry("notice", "QUERY_RAISED")
        .containsEntry("business_key", number)
        .containsEntry("recipients", variables.get("chiefPromoterEmail"))
        .containsEntry("subject", "आवेदन " + number + " के संबंध में प्रश्न / Query on application "
            + number);
    assertThat((String) row.get("body")).contains((String) variables.get("queryText"),
        "(आवेदन संख्या " + number + ")", "दिनांक 16-04-2026 तक", "on or before 16-04-2026");
    assertThat(((Timestamp) row.get("sent_at")).getTime()).isEqualTo(sentAt.getTime());
    assertThat(output).contains("notice " + row.get("notice_key") + " recorded, not sent")
        .contains((String) variables.get("queryText"));
  }

  @Test
  void aRecordedNoticeIsNotRecordedTwiceWhenItsStepIsRetried() {
    ProcessInstance instance = cases.start(NoticeTestCases.LOOP, NoticeTestCases.caseVariables());
    afterSendFault.armFor(instance.getId());
    String jobId = cases.job(instance).getId();

    assertThatThrownBy(() -> management.executeJob(jobId))
        .hasStackTraceContaining(AfterSendFault.MESSAGE);
    management.executeJob(jobId);

    assertThat(cases.logged(instance)).hasSize(1);
    assertThat(instance).isWaitingAt(NoticeTestCases.LOOP_REPLY);
  }

  @Test
  void withoutAGatewayTheSmsIsRecordedAndLoggedOnceNotSent(CapturedOutput output) {
    assertThat(smsGateway.getIfAvailable()).as("no SMS gateway in the default run").isNull();
    Map<String, Object> variables = NoticeTestCases.caseVariables();
    variables.put(CaseVariables.APPLICANT_MOBILE, "9876543210");
    String number = (String) variables.get("applicationNumber");
    ProcessInstance instance = cases.start(NoticeTestCases.LOOP, variables);
    afterSendFault.armFor(instance.getId());
    String jobId = cases.job(instance).getId();

    assertThatThrownBy(() -> management.executeJob(jobId)).hasStackTraceContaining(AfterSendFault.MESSAGE);
    management.executeJob(jobId);

    String text = "आवेदन " + number + " के संबंध में प्रश्न / Query on application " + number;
    assertThat(cases.smsLogged(instance)).as("recorded once, though the step ran twice").singleElement()
        .satisfies(row -> assertThat(row).containsEntry("status", "RECORDED").containsEntry("mobile", "9876543210")
            .containsEntry("sms_text", text).containsEntry("notice", "QUERY_RAISED"));
    assertThat(cases.logged(instance)).singleElement()
        .satisfies(row -> assertThat(row).containsEntry("status", "RECORDED"));
    assertThat(output).contains("notice " + instance.getId() + ":Task_SendQuery:0 SMS recorded, not sent",
        "******3210: " + text).doesNotContain("9876543210");
    assertThat(instance).isWaitingAt(NoticeTestCases.LOOP_REPLY);
  }
}
