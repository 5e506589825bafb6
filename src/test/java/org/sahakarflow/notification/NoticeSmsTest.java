package org.sahakarflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sahakarflow.system.CaseVariables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The applicant's notices by SMS through an HTTP gateway (a stub on a local port) beside the mail
 * (GreenMail): what the gateway receives, and a gateway failure retried without a second mail.
 */
@SahakarMailTest
class NoticeSmsTest {

  @RegisterExtension
  static final GreenMailExtension smtp = new GreenMailExtension(
      new ServerSetup(SahakarMailTest.SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP));

  static final SmsGatewayStub gateway = new SmsGatewayStub();

  @DynamicPropertySource
  static void gatewayProperties(DynamicPropertyRegistry registry) {
    registry.add("sahakar.sms.gateway-url", gateway::urlTemplate);
    registry.add("sahakar.sms.api-key-header", () -> "Authorization");
    registry.add("sahakar.sms.api-key", () -> "Bearer test-key");
  }

  @Autowired
  ProcessEngine engine;
  @Autowired
  ManagementService management;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  AfterSendFault afterSendFault;

  NoticeTestCases cases;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    cases = new NoticeTestCases(engine, jdbc);
    gateway.reset();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @AfterAll
  static void stopGateway() {
    gateway.close();
  }

  @Test
  void theApplicantsNoticeReachesTheGatewayWithTheMobileTheSubjectAndTheNoticeKey() {
    Map<String, Object> variables = withMobile("+91 98765 43210");
    ProcessInstance instance = cases.start(NoticeTestCases.LOOP, variables);
    String number = (String) variables.get("applicationNumber");

    management.executeJob(cases.job(instance).getId());

    assertThat(smtp.getReceivedMessages()).hasSize(1);
    SmsGatewayStub.Request request = onlyRequest();
    String key = instance.getId() + ":Task_SendQuery:0";
    String text = "आवेदन " + number + " के संबंध में प्रश्न / Query on application " + number;
    assertThat(request.method()).isEqualTo("GET");
    assertThat(request.rawPath()).isEqualTo("/sms/send");
    assertThat(request.query()).containsExactly(Map.entry("to", "9876543210"), Map.entry("msg", text),
        Map.entry("ref", key));
    assertThat(request.rawQuery()).as("URL-encoded").contains("msg=%E0%A4%86").doesNotContain(" ");
    assertThat(request.headers()).containsEntry("authorization", "Bearer test-key");
    assertThat(cases.smsLogged(instance)).singleElement().satisfies(row -> assertThat(row)
        .containsEntry("notice_key", key).containsEntry("status", "SENT").containsEntry("mobile", "9876543210")
        .containsEntry("sms_text", text).containsEntry("business_key", number).containsEntry("attempts", 1));
    assertThat(instance).isWaitingAt(NoticeTestCases.LOOP_REPLY);
  }

  @Test
  void aGatewayErrorFailsTheStepAndItsRetrySendsTheSmsWithoutASecondMail() throws Exception {
    Instant failed = Instant.parse("2026-12-07T05:00:00Z");
    ClockUtil.setCurrentTime(Date.from(failed));
    ProcessInstance instance = cases.start(NoticeTestCases.LOOP, withMobile("9876543210"));
    String jobId = cases.job(instance).getId();
    gateway.answer(500);

    assertThatThrownBy(() -> management.executeJob(jobId)).hasStackTraceContaining("SMS gateway answered 500");
    assertThat(smtp.getReceivedMessages()).as("the mail left before the SMS").hasSize(1);
    assertThat(cases.job(instance).getRetries()).as("the first of six retries").isEqualTo(6);
    assertThat(retryAt(instance)).isEqualTo(failed.plus(Duration.ofMinutes(1)));
    assertThat(cases.smsLogged(instance)).singleElement().satisfies(row -> assertThat(row)
        .containsEntry("status", "SENDING").containsEntry("attempts", 1));

    gateway.answer(200);
    ClockUtil.setCurrentTime(Date.from(failed.plus(Duration.ofMinutes(1))));
    management.executeJob(jobId);

    MimeMessage[] mails = smtp.getReceivedMessages();
    assertThat(mails).as("no second mail").hasSize(1);
    assertThat(cases.logged(instance)).singleElement().satisfies(row -> assertThat(row)
        .containsEntry("status", "SENT").containsEntry("attempts", 1));
    assertThat(gateway.requests()).as("the same reference on both attempts, for the gateway to drop a repeat")
        .hasSize(2).extracting(request -> request.query().get("ref"))
        .containsOnly(instance.getId() + ":Task_SendQuery:0");
    assertThat(cases.smsLogged(instance)).singleElement().satisfies(row -> assertThat(row)
        .containsEntry("status", "SENT").containsEntry("attempts", 2));
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(instance).isWaitingAt(NoticeTestCases.LOOP_REPLY);
  }

  @Test
  void aStepRetriedAfterBothLeftSendsNeitherAgain() {
    ProcessInstance instance = cases.start(NoticeTestCases.LOOP, withMobile("9876543210"));
    afterSendFault.armFor(instance.getId());
    String jobId = cases.job(instance).getId();

    assertThatThrownBy(() -> management.executeJob(jobId)).hasStackTraceContaining(AfterSendFault.MESSAGE);
    management.executeJob(jobId);

    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThat(gateway.requests()).hasSize(1);
    assertThat(instance).isWaitingAt(NoticeTestCases.LOOP_REPLY);
  }

  @Test
  void aNumberThatIsNoIndianMobileGetsNoSmsAndTheMailStillGoes() {
    ProcessInstance instance = cases.start(NoticeTestCases.LOOP, withMobile("0294-2412345"));

    management.executeJob(cases.job(instance).getId());

    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThat(gateway.requests()).isEmpty();
    assertThat(cases.smsLogged(instance)).isEmpty();
    assertThat(instance).isWaitingAt(NoticeTestCases.LOOP_REPLY);
  }

  private static Map<String, Object> withMobile(String mobile) {
    Map<String, Object> variables = NoticeTestCases.caseVariables();
    variables.put(CaseVariables.APPLICANT_MOBILE, mobile);
    return variables;
  }

  private SmsGatewayStub.Request onlyRequest() {
    assertThat(gateway.requests()).hasSize(1);
    return gateway.requests().get(0);
  }

  private Instant retryAt(ProcessInstance instance) {
    JobEntity job = (JobEntity) cases.job(instance);
    return (job.getLockExpirationTime() != null ? job.getLockExpirationTime() : job.getDuedate()).toInstant();
  }
}
