package org.sahakarflow.signup;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.sahakarflow.Http;
import org.sahakarflow.browser.Browser;
import org.sahakarflow.notification.SahakarMailTest;
import org.sahakarflow.notification.SmsGatewayStub;
import org.sahakarflow.system.SignInThrottle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A promoter creates their own account: a code by mail (GreenMail) and one by SMS (the HTTP gateway
 * against a local stub), both needed; until then the account opens nothing. A bad form names each
 * field and creates nobody; codes run out of time and of tries; one address starts few sign-ups.
 */
@SahakarMailTest
class SignUpTest {

  private static final String PASSWORD = "Sahayog@2027";
  private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

  @RegisterExtension
  static final GreenMailExtension smtp = new GreenMailExtension(
      new ServerSetup(SahakarMailTest.SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP));

  static final SmsGatewayStub gateway = new SmsGatewayStub();

  @DynamicPropertySource
  static void gatewayProperties(DynamicPropertyRegistry registry) {
    registry.add("sahakar.sms.gateway-url", gateway::urlTemplate);
  }

  @Value("${local.server.port}")
  int port;
  @Autowired
  Http http;
  @Autowired
  IdentityService identity;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  SignInThrottle throttle;
  @Autowired
  SignUps signUps;

  @BeforeEach
  void setUp() {
    gateway.reset();
  }

  /** Wrong codes count against this machine's address, which every other test signs in from. */
  @AfterEach
  void resetClockAndThrottle() {
    ClockUtil.reset();
    Http.forgiveThisMachine(throttle);
  }

  @AfterAll
  static void stopGateway() {
    gateway.close();
  }

  @Test
  void aPromoterWithBothCodesBecomesAnApplicantOfTheirStateAndNotBefore() throws Exception {
    String user = unique("anita");
    ResponseEntity<String> sent = post("/signup", form(user, "KL"));
    assertThat(sent.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(sent.getBody()).contains("a***@example.in", "******3210");
    assertThat(identity.createUserQuery().userId(user).singleResult().getEmail()).isEqualTo(user + "@example.in");
    assertThat(identity.createGroupQuery().groupMember(user).count()).as("nothing opens before the codes").isZero();
    assertThat(http.anonymous().withBasicAuth(user, PASSWORD).getForEntity("/api/me", Map.class).getBody())
        .containsEntry("groups", List.of()).containsEntry("tenants", List.of());

    String mailCode = mailedCode(user);
    String smsCode = smsCode();
    assertThat(jdbc.queryForObject("select count(*) from notice_log where notice_key like ?", Integer.class,
        "signup." + user + ".%")).as("a code is a secret: not in the notice log").isZero();

    ResponseEntity<String> wrong = post("/signup/verify", codes(user, mailCode, smsCode.equals("000000") ? "111111" : "000000"));
    assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(wrong.getBody()).contains("Tries left: 4");
    assertThat(identity.createGroupQuery().groupMember(user).count()).isZero();

    ResponseEntity<String> done = post("/signup/verify", codes(user, mailCode, smsCode));
    assertThat(done.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(done.getBody()).contains("Your account is ready", user, "Kerala");
    Map<?, ?> me = http.anonymous().withBasicAuth(user, PASSWORD).getForEntity("/api/me", Map.class).getBody();
    assertThat(me.get("groups")).isEqualTo(List.of("applicants"));
    assertThat(me.get("tenants")).isEqualTo(List.of("KL"));
    assertThat(post("/signup/verify", codes(user, mailCode, smsCode)).getStatusCode())
        .as("a code works once").isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void aBadFormNamesEachFieldAndCreatesNobody() {
    MultiValueMap<String, String> bad = form("x", "ZZ");
    bad.set("email", "not-an-address");
    bad.set("mobile", "0141 2222222");
    bad.set("passwordAgain", "Different@2027");
    bad.set("firstName", " ");
    ResponseEntity<String> refused = post("/signup", bad);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("id=\"firstName-error\"", "id=\"userId-error\"", "id=\"email-error\"",
        "id=\"mobile-error\"", "id=\"stateCode-error\"", "id=\"passwordAgain-error\"", "not an e-mail address",
        "10-digit Indian mobile number").doesNotContain(PASSWORD).doesNotContain("Different@2027");
    assertThat(identity.createUserQuery().userId("x").count()).isZero();

    String user = unique("weak");
    MultiValueMap<String, String> weak = form(user, "RJ");
    weak.set("password", "sahakar");
    weak.set("passwordAgain", "sahakar");
    ResponseEntity<String> policy = post("/signup", weak);
    assertThat(policy.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(policy.getBody()).contains("id=\"password-error\"", "password does not match the policy");
    assertThat(identity.createUserQuery().userId(user).count()).isZero();
    assertThat(jdbc.queryForObject("select count(*) from applicant_signup where user_id = ?", Integer.class, user)).isZero();
    assertThat(smtp.getReceivedMessages()).isEmpty();

    String taken = post("/signup", form("applicant.rj-udr", "RJ")).getBody();
    assertThat(taken).contains("this user name is taken");
  }

  @Test
  void codesRunOutOfTimeAndOfTriesAndNewOnesCanBeAskedFor() throws Exception {
    Date start = new Date();
    ClockUtil.setCurrentTime(start);
    String user = unique("ravi");
    post("/signup", form(user, "UP"));
    String mailCode = mailedCode(user);
    String smsCode = smsCode();

    ClockUtil.setCurrentTime(new Date(start.getTime() + Duration.ofMinutes(16).toMillis()));
    ResponseEntity<String> late = post("/signup/verify", codes(user, mailCode, smsCode));
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(late.getBody()).contains("no longer work");

    smtp.purgeEmailFromAllMailboxes();
    gateway.reset();
    assertThat(post("/signup/resend", codes(user, null, null)).getStatusCode()).isEqualTo(HttpStatus.OK);
    String newMailCode = mailedCode(user);
    String newSmsCode = smsCode();
    for (int tries = 0; tries < SignUps.MAX_WRONG_TRIES; tries++) {
      post("/signup/verify", codes(user, newMailCode, "999999".equals(newSmsCode) ? "888888" : "999999"));
      throttle.succeeded("127.0.0.1");
    }
    assertThat(post("/signup/verify", codes(user, newMailCode, newSmsCode)).getBody())
        .as("five wrong tries void even the right codes").contains("no longer work");

    ClockUtil.setCurrentTime(new Date(start.getTime() + Duration.ofMinutes(18).toMillis()));
    smtp.purgeEmailFromAllMailboxes();
    gateway.reset();
    post("/signup/resend", codes(user, null, null));
    assertThat(post("/signup/verify", codes(user, mailedCode(user), smsCode())).getBody()).contains("Your account is ready");
  }

  @Test
  void anUnverifiedSignUpFreesItsNameAndEmailWhenItsCodesExpire() throws Exception {
    Date start = new Date();
    ClockUtil.setCurrentTime(start);
    String user = unique("lapsed");
    post("/signup", form(user, "MP"));
    assertThat(post("/signup", form(user, "MP")).getBody()).contains("this user name is taken");

    ClockUtil.setCurrentTime(new Date(start.getTime() + Duration.ofMinutes(20).toMillis()));
    smtp.purgeEmailFromAllMailboxes();
    assertThat(post("/signup", form(user, "AS")).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(jdbc.queryForObject("select state_code from applicant_signup where user_id = ?", String.class, user))
        .isEqualTo("AS");
  }

  @Test
  void oneAddressStartsOnlySoManySignUpsAnHour() {
    // an hour of its own, clear of this class's other sign-ups
    ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + Duration.ofHours(3).toMillis()));
    List<String> burst = new java.util.ArrayList<>();
    try {
      for (int i = 0; i < signUps.perAddressPerHour(); i++) {
        burst.add(unique("burst"));
        assertThat(post("/signup", form(burst.get(i), "OD")).getStatusCode()).isEqualTo(HttpStatus.OK);
      }
      String oneMore = unique("burst");
      ResponseEntity<String> refused = post("/signup", form(oneMore, "OD"));
      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
      assertThat(refused.getBody()).contains("Too many sign-ups from this address");
      assertThat(identity.createUserQuery().userId(oneMore).count()).isZero();
    } finally {
      // dated three hours ahead, they would count against this class's other tests for four hours
      burst.forEach(identity::deleteUser);
      burst.forEach(user -> jdbc.update("delete from applicant_signup where user_id = ?", user));
    }
  }

  @Test
  void aPromoterSignsUpFromTasklistsSignInPageAndFilesInTheirOwnState() throws Exception {
    String user = unique("meera");
    try (Browser promoter = new Browser(port)) {
      promoter.open("/camunda/app/tasklist/default/");
      promoter.clickable(By.linkText("New promoter? Create your account")).click();
      promoter.visible(By.id("firstName")).sendKeys("Meera");
      promoter.visible(By.id("lastName")).sendKeys("Nair");
      promoter.visible(By.id("userId")).sendKeys(user);
      promoter.visible(By.id("email")).sendKeys(user + "@example.in");
      promoter.visible(By.id("mobile")).sendKeys("98765 43210");
      new Select(promoter.visible(By.id("stateCode"))).selectByValue("KL");
      promoter.visible(By.id("password")).sendKeys(PASSWORD);
      promoter.visible(By.id("passwordAgain")).sendKeys(PASSWORD);
      promoter.screenshot("signup-form");
      promoter.clickable(By.cssSelector("form[action='/signup'] button[type='submit']")).click();

      assertThat(promoter.visible(By.id("sent")).getText()).contains("m***@example.in", "******3210");
      promoter.visible(By.id("emailCode")).sendKeys(mailedCode(user));
      promoter.visible(By.id("mobileCode")).sendKeys(smsCode());
      promoter.screenshot("signup-codes");
      promoter.clickable(By.cssSelector("form[action='/signup/verify'] button[type='submit']")).click();
      assertThat(promoter.visible(By.id("done")).getText()).contains("Your account is ready");
      promoter.screenshot("signup-done");

      assertThat(promoter.visible(By.linkText("Sign in to Tasklist / टास्कलिस्ट में साइन इन करें")).getDomAttribute("href"))
          .isEqualTo("/camunda/app/tasklist/default/");
      promoter.signInToTasklist(user, PASSWORD);
      promoter.clickable(By.linkText("My applications")).click();
      assertThat(promoter.visible(By.id("none")).getText()).contains("You have not filed an application yet");
    }
    assertThat(identity.createUserQuery().userId(user).memberOfGroup("applicants").count()).isEqualTo(1);
    assertThat(identity.createTenantQuery().userMember(user).singleResult().getId()).isEqualTo("KL");
  }

  @Test
  void theSignUpPageSpeaksHindiBesideEnglish() throws Exception {
    try (Browser promoter = new Browser(port, "hi")) {
      promoter.open("/camunda/app/tasklist/default/");
      promoter.clickable(By.linkText("नए प्रवर्तक? अपना खाता बनाएँ")).click();
      assertThat(promoter.visible(By.tagName("h1")).getText()).contains("प्रवर्तक के रूप में साइन-अप");
      assertThat(promoter.driver.findElement(By.id("stateCode")).getText()).contains("Kerala / केरल");
      promoter.screenshot("signup-form-hi");
    }
  }

  private static String unique(String name) {
    return name + "." + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
  }

  private String mailedCode(String user) throws Exception {
    MimeMessage[] mails = smtp.getReceivedMessages();
    assertThat(mails).as("one mail with the code").hasSize(1);
    assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo(user + "@example.in");
    Matcher code = CODE.matcher(mails[0].getSubject());
    assertThat(code.find()).as("the code in the subject").isTrue();
    assertThat(mails[0].getContent().toString()).contains(user, "15 minutes", "15 मिनट");
    return code.group(1);
  }

  private static String smsCode() {
    List<SmsGatewayStub.Request> sms = gateway.requests();
    assertThat(sms).as("one SMS with the code").hasSize(1);
    assertThat(sms.get(0).query()).containsEntry("to", "9876543210");
    Matcher code = CODE.matcher(sms.get(0).query().get("msg"));
    assertThat(code.find()).isTrue();
    return code.group(1);
  }

  private ResponseEntity<String> post(String path, MultiValueMap<String, String> form) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.setAccept(List.of(MediaType.TEXT_HTML));
    TestRestTemplate anonymous = http.anonymous();
    return anonymous.exchange(path, HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
  }

  private static MultiValueMap<String, String> form(String user, String state) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("firstName", "Anita");
    form.add("lastName", "Kumari");
    form.add("userId", user);
    form.add("email", user + "@example.in");
    form.add("mobile", "+91 98765 43210");
    form.add("stateCode", state);
    form.add("password", PASSWORD);
    form.add("passwordAgain", PASSWORD);
    return form;
  }

  private static MultiValueMap<String, String> codes(String user, String mailCode, String smsCode) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("userId", user);
    if (mailCode != null) {
      form.add("emailCode", mailCode);
      form.add("mobileCode", smsCode);
    }
    return form;
  }
}
