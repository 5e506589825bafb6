package org.sahakarflow.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sahakarflow.CaseDriver.vars;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.sahakarflow.CaseDriver;
import org.sahakarflow.Http;
import org.sahakarflow.Pdfs;
import org.sahakarflow.StepIds;
import org.sahakarflow.WebappLabels;
import org.sahakarflow.browser.Browser;
import org.sahakarflow.notification.SahakarMailTest;
import org.sahakarflow.notification.SmsGatewayStub;
import org.sahakarflow.system.SignInThrottle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One promoter on their own, from nothing to a registered society, in the language their browser
 * asks for (issue #20): they sign up with the codes sent by mail and SMS, file an M-PACS from
 * Tasklist's start form, print the acknowledgement, upload the documents, answer the registrar's
 * query, follow the case to registration and check the certificate's verification page; their
 * second application is refused and they appeal from "My applications". The offices' side goes
 * through the engine ({@link CaseDriver}); the job executor's part is run by hand.
 */
@SahakarMailTest
class PromoterJourneyBrowserTest {

  private static final String PASSWORD = "Sahayog@2027";
  private static final String MOBILE = "9876543210";
  private static final String TASKLIST = "/camunda/app/tasklist/default/";
  private static final String OFFICER = "rcs.rj-udr";
  private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

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
  ProcessEngine engine;
  @Autowired
  SignInThrottle throttle;

  private String language;
  private Browser promoter;
  private CaseDriver cases;

  /** A code read wrong in a failed walk counts against this machine's address, which the next walk signs in from. */
  @AfterEach
  void forgiveTheAddress() {
    Http.forgiveThisMachine(throttle);
  }

  @AfterAll
  static void stopGateway() {
    gateway.close();
  }

  @ParameterizedTest(name = "browser in {0}")
  @ValueSource(strings = {"en", "hi"})
  void aPromoterSignsUpFilesAnswersAQueryIsRegisteredAndAppealsARefusal(String language) throws Exception {
    this.language = language;
    this.cases = new CaseDriver(engine);
    String serial = Long.toString(System.nanoTime() % 1_000_000_000L);
    String user = "journey." + language + "." + Long.toString(Long.parseLong(serial), 36);
    // a Hindi reader names the society in Devanagari; the register, slip and certificate keep it as typed
    String society = say("Journey Kheda PACS " + serial, "खेडा सेवा सहकारी समिति " + serial);
    try (Browser browser = new Browser(port, language)) {
      promoter = browser;
      try {
        walk(user, society, serial);
      } catch (Exception | AssertionError e) {
        // the page where the walk stopped, for whoever reads the failed run
        promoter.screenshot("journey-" + language + "-failed");
        throw e;
      }
    }
  }

  private void walk(String user, String society, String serial) throws Exception {
    signUp(user);
    promoter.signInToTasklist(user, PASSWORD);

    String number = fileMpacs(society, "Kheda " + serial, user);
    cases.runAsyncSteps(number);
    assertThat(mailTo(user, number).getSubject()).as("the acknowledgement by mail").contains(number);
    seeAcknowledgement(number, society);

    uploadDocuments(number);
    cases.complete(number, StepIds.TASK_RECORD_VIABILITY_NOTE, "nabard.rj", vars("viabilityNote", "viable", "viable", true));
    String query = "Attach the minutes of the promoters' meeting of " + serial;
    cases.complete(number, StepIds.TASK_SCRUTINISE_APPLICATION, OFFICER, vars("scrutinyOutcome", "QUERY", "queryText", query));
    assertThat((String) mailTo(user, number).getContent()).as("the query by mail").contains(query);
    answerQuery(number, query);

    cases.complete(number, StepIds.TASK_SCRUTINISE_APPLICATION, OFFICER,
        vars("scrutinyOutcome", "INSPECT", "scrutinyNote", "Reply received; inspect the godown"));
    cases.complete(number, StepIds.TASK_INSPECT_SOCIETY, "inspector.rj-udr",
        vars("inspectionFindings", "Members met, godown leased", "recommendRegistration", true));
    cases.complete(number, StepIds.TASK_DECIDE_REGISTRATION, OFFICER, vars("decision", "REGISTER"));
    seeRegistrationAndVerifyIt(number, society);

    appealTheRefusal(fileSecondAndHaveItRefused(user, serial));
  }

  /** Step 1: the sign-up form, then both codes, as the promoter reads them in their mail and SMS. */
  private void signUp(String user) throws Exception {
    gateway.reset();
    promoter.open("/signup");
    assertThat(promoter.visible(By.tagName("h1")).getText()).contains(say("Sign up as a promoter", "प्रवर्तक के रूप में साइन-अप"));
    promoter.visible(By.id("firstName")).sendKeys(say("Kailash", "कैलाश"));
    promoter.visible(By.id("lastName")).sendKeys(say("Meena", "मीणा"));
    promoter.visible(By.id("userId")).sendKeys(user);
    promoter.visible(By.id("email")).sendKeys(user + "@example.in");
    promoter.visible(By.id("mobile")).sendKeys("98765 43210");
    Select state = new Select(promoter.visible(By.id("stateCode")));
    state.selectByValue("RJ");
    assertThat(state.getFirstSelectedOption().getText()).contains(say("Rajasthan", "राजस्थान"));
    promoter.visible(By.id("password")).sendKeys(PASSWORD);
    promoter.visible(By.id("passwordAgain")).sendKeys(PASSWORD);
    promoter.screenshot("journey-" + language + "-1-signup");
    promoter.clickable(By.cssSelector("form[action='/signup'] button[type='submit']")).click();

    assertThat(promoter.visible(By.id("sent")).getText()).contains("******3210",
        say("We sent a 6-digit code", "6 अंकों का एक-एक कोड भेजा है"));
    promoter.visible(By.id("emailCode")).sendKeys(mailedCode(user));
    promoter.visible(By.id("mobileCode")).sendKeys(smsCode());
    promoter.clickable(By.cssSelector("form[action='/signup/verify'] button[type='submit']")).click();
    assertThat(promoter.visible(By.id("done")).getText()).contains(say("Your account is ready", "आपका खाता तैयार है"));
    assertThat(promoter.driver.findElement(By.tagName("body")).getText()).contains(say("Rajasthan", "राजस्थान"));
    promoter.screenshot("journey-" + language + "-1-signup-done");
    assertThat(engine.getIdentityService().createUserQuery().userId(user).memberOfGroup("applicants").count())
        .as("an applicant").isEqualTo(1);
    assertThat(engine.getIdentityService().createTenantQuery().userMember(user).singleResult().getId())
        .as("of the State they chose").isEqualTo("RJ");
    // the page's link leads to the sign-in that signInToTasklist opens itself: one load of Tasklist, not two racing
    assertThat(promoter.visible(By.cssSelector("a[href='" + TASKLIST + "']")).getText())
        .contains(say("Sign in to Tasklist", "टास्कलिस्ट में साइन इन करें"));
  }

  /** Step 2: Tasklist's start form, offering only the promoter's own State and its districts. */
  private String fileMpacs(String society, String panchayat, String user) throws Exception {
    promoter.openStartForm(say("Register a new M-PACS", "नई एम-पैक्स का पंजीकरण"));
    assertThat(promoter.field("Field_StateCode").getDomProperty("value")).startsWith("Rajasthan");
    promoter.field("Field_DistrictCode").click();
    assertThat(promoter.options()).anyMatch(o -> o.startsWith("Udaipur"))
        .as("another State's districts").noneMatch(o -> o.startsWith("Tirupati") || o.startsWith("Lucknow"));
    promoter.fillMpacsApplication(society, panchayat, "JRN", 5120, user + "@example.in", MOBILE);
    promoter.screenshot("journey-" + language + "-2-application");
    By start = By.cssSelector("button[ng-click='startProcessInstance()']");
    assertThat(promoter.visible(start).getText()).isEqualTo(WebappLabels.tasklist(language, "START"));
    promoter.clickWhenAccepted(start);
    promoter.wait.until(ExpectedConditions.invisibilityOfElementLocated(start));

    ProcessInstance filed = promoter.wait.until(browser -> engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("mpacs-registration").variableValueEquals("societyName", society).singleResult());
    assertThat(engine.getRuntimeService().getVariable(filed.getId(), "applicantId")).isEqualTo(user);
    assertThat(filed.getBusinessKey()).matches("RJ-UDR-MPACS-\\d{4}-\\d{6}");
    return filed.getBusinessKey();
  }

  /** Step 3: "My applications" from Tasklist's header, the case found by its name, its slip printed. */
  private void seeAcknowledgement(String number, String society) throws Exception {
    promoter.clickable(By.linkText(say("My applications", "मेरे आवेदन"))).click();
    WebElement card = promoter.visible(By.xpath("//section[@class='case'][h2=\"" + society + "\"]"));
    assertThat(card.findElement(By.cssSelector("td.number")).getText()).isEqualTo(number);
    assertThat(card.getText()).contains(say("Being processed", "प्रक्रिया में"), "Upload supporting documents",
        say("You (the applicant)", "आप (आवेदक)"), say("A step is waiting for you", "एक चरण आपकी प्रतीक्षा में है"));
    promoter.screenshot("journey-" + language + "-3-my-applications");

    card.findElement(By.cssSelector("a.slip")).click();
    assertThat(promoter.visible(By.id("slip")).getText()).contains(
        say("Acknowledgement of application", "आवेदन की पावती"), society, say("Udaipur, Rajasthan", "राजस्थान"));
    assertThat(promoter.driver.findElement(By.id("number")).getText()).isEqualTo(number);
    promoter.screenshot("journey-" + language + "-3-acknowledgement-slip");
  }

  /** The promoter's own step before any office sees the file, in Tasklist's embedded form. */
  private void uploadDocuments(String number) throws Exception {
    backToTasklist();
    openTask(number, say("Upload supporting documents", "सहायक दस्तावेज़ अपलोड करें"));
    Path folder = Files.createTempDirectory("journey-documents");
    for (String document : List.of("byeLawsDocument", "promoterListDocument", "bankCertificateDocument")) {
      Path pdf = Files.write(folder.resolve(document + ".pdf"), ("%PDF-1.4 " + document).getBytes(StandardCharsets.UTF_8));
      promoter.visible(By.id(document)).sendKeys(pdf.toString());
    }
    complete(number, StepIds.TASK_UPLOAD_DOCUMENTS);
    assertThat(cases.task(number, StepIds.TASK_RECORD_VIABILITY_NOTE)).as("the documents passed the eligibility check")
        .isNotNull();
  }

  /** Step 4: the query is the promoter's step: "My applications" says so, Tasklist holds its form. */
  private void answerQuery(String number, String query) throws Exception {
    backToTasklist();
    promoter.clickable(By.linkText(say("My applications", "मेरे आवेदन"))).click();
    assertThat(promoter.visible(By.id("case-" + number)).getText()).contains("Answer registrar's query",
        say("A step is waiting for you", "एक चरण आपकी प्रतीक्षा में है"));
    backToTasklist();
    openTask(number, say("Answer registrar's query", "पंजीयक के प्रश्न का उत्तर दें"));
    promoter.visible(By.xpath("//*[contains(@class,'fjs-form')]//*[contains(text(), \"" + query + "\")]"));
    String reply = "The minutes are attached to the bye-laws; the meeting was held in Kheda";
    promoter.type("Field_QueryReply", reply);
    promoter.screenshot("journey-" + language + "-4-answer-query");
    complete(number, StepIds.TASK_ANSWER_QUERY);
    assertThat(cases.variable(number, "queryReply")).isEqualTo(reply);
    assertThat(cases.task(number, StepIds.TASK_SCRUTINISE_APPLICATION).getAssignee())
        .as("back with the registrar, for anyone of the office to take up").isNull();
  }

  /** Step 5: the registration number in "My applications", the certificate's QR code scanned. */
  private void seeRegistrationAndVerifyIt(String number, String society) throws Exception {
    String registrationNumber = (String) cases.variable(number, "registrationNumber");
    promoter.clickable(By.linkText(say("My applications", "मेरे आवेदन"))).click();
    WebElement card = promoter.visible(By.id("case-" + number));
    assertThat(card.getText()).contains(say("Registered", "पंजीकृत"), say("Registration number", "पंजीकरण संख्या"));
    assertThat(card.findElement(By.cssSelector("td.registration-number")).getText()).isEqualTo(registrationNumber)
        .startsWith("RJ/UDR/MPACS/");
    promoter.screenshot("journey-" + language + "-5-registered");
    byte[] certificate = promoter.download(By.cssSelector("#case-" + number + " a.certificate"));
    String scanned = Pdfs.qrCode(certificate);
    // the QR code names the public address; the same path is asked of the server under test
    promoter.open(scanned.substring(scanned.indexOf("/verify/")));
    assertThat(promoter.visible(By.id("verdict")).getText()).isEqualTo("VALID / मान्य");
    assertThat(promoter.driver.findElement(By.id("society-name")).getText()).isEqualTo(society);
    assertThat(promoter.driver.findElement(By.id("number")).getText()).isEqualTo(registrationNumber);
    promoter.screenshot("journey-" + language + "-5-verification");
  }

  /**
   * Step 6, the offices' part: a second application by the same promoter (filed through the
   * engine in their name: the start form was walked above), refused after scrutiny.
   */
  private String fileSecondAndHaveItRefused(String user, String serial) {
    Map<String, Object> application = CaseDriver.application("RJ", "RJ-UDR", 25);
    application.put("societyName", say("Journey Bhuwana PACS ", "भुवाणा सेवा सहकारी समिति ") + serial);
    application.put("gramPanchayat", "Bhuwana " + serial);
    application.put("chiefPromoterEmail", user + "@example.in");
    String number = cases.apply("mpacs-registration", user, application).getBusinessKey();
    cases.runAsyncSteps(number);
    cases.uploadDocuments(number);
    cases.complete(number, StepIds.TASK_RECORD_VIABILITY_NOTE, "nabard.rj", vars("viabilityNote", "viable", "viable", true));
    cases.complete(number, StepIds.TASK_SCRUTINISE_APPLICATION, OFFICER, vars("scrutinyOutcome", "DECIDE"));
    cases.complete(number, StepIds.TASK_DECIDE_REGISTRATION, OFFICER,
        vars("decision", "REFUSE", "refusalReasons", "The area of operation overlaps a working PACS"));
    return number;
  }

  /** Step 6, the promoter's part: the refusal read, the appeal filed from its button, then pending. */
  private void appealTheRefusal(String number) throws Exception {
    backToTasklist();
    promoter.clickable(By.linkText(say("My applications", "मेरे आवेदन"))).click();
    WebElement card = promoter.visible(By.id("case-" + number));
    assertThat(card.getText()).contains(say("Refused", "अस्वीकृत"), say("Last day to appeal", "अपील की अंतिम तिथि"));
    assertThat(card.findElement(By.cssSelector("td.refusal-reasons")).getText())
        .isEqualTo("The area of operation overlaps a working PACS");
    assertThat(card.findElement(By.cssSelector("td.appeal-by")).getText())
        .isEqualTo(DAY.format(LocalDate.parse((String) cases.variable(number, "appealDeadline"))));
    promoter.screenshot("journey-" + language + "-6-refused");

    WebElement appeal = card.findElement(By.cssSelector("a.appeal"));
    assertThat(appeal.getText()).contains(say("Appeal", "अपील करें"));
    appeal.click();
    // Tasklist opens the appeal's start form straight away
    promoter.type("Field_ApplicationNumber", number);
    promoter.type("Field_AppealGrounds", "The overlapping PACS has been dormant for three years");
    promoter.field("Field_AppealGrounds").sendKeys(Keys.TAB);
    promoter.screenshot("journey-" + language + "-6-appeal-form");
    By start = By.cssSelector("button[ng-click='startProcessInstance()']");
    promoter.clickWhenAccepted(start);
    promoter.wait.until(ExpectedConditions.invisibilityOfElementLocated(start));
    promoter.wait.until(browser -> engine.getTaskService().createTaskQuery().processDefinitionKey("registration-appeal")
        .processInstanceBusinessKey(number).taskDefinitionKey(StepIds.TASK_HEAR_APPEAL).count() == 1);

    promoter.clickable(By.linkText(say("My applications", "मेरे आवेदन"))).click();
    card = promoter.visible(By.id("case-" + number));
    assertThat(card.getText()).contains(say("Appeal being heard", "अपील पर सुनवाई जारी"), "Hear appeal");
    assertThat(card.findElements(By.cssSelector("a.appeal"))).as("one appeal per refusal").isEmpty();
    promoter.screenshot("journey-" + language + "-6-appeal-pending");
  }

  /** Tasklist again, by its address (the session outlives the pages in between), reloaded for new tasks. */
  private void backToTasklist() {
    promoter.open(TASKLIST);
    promoter.visible(By.linkText(WebappLabels.tasklist(language, "START_PROCESS")));
    // Tasklist first lists the top filter's tasks; another filter chosen before that list was in
    // once showed no tasks on a loaded machine, so the page settles first, as a reader's eye would
    promoter.visible(By.xpath("//ol[contains(@class,'tasks-list')] | //*[contains(@class,'well')][contains(., \""
        + WebappLabels.tasklist(language, "NO_MATCHING_TASK") + "\")]"));
  }

  /** Opens the case's task from the promoter's list of offered tasks and claims it. */
  private void openTask(String number, String taskName) {
    promoter.clickable(By.partialLinkText(say("My group tasks", "मेरे समूह के कार्य"))).click();
    promoter.clickable(By.xpath("//li[contains(concat(' ', @class, ' '), ' task ')][contains(., '" + number + "')]"
        + "//h4//a[normalize-space()=\"" + taskName + "\"]")).click();
    WebElement claim = promoter.clickable(By.cssSelector("button.claim"));
    assertThat(claim.getText()).isEqualTo(WebappLabels.tasklist(language, "CLAIM_TASK"));
    claim.click();
    promoter.visible(By.cssSelector("button[ng-click='complete()']"));
  }

  /** Completes the open task's form and waits until the engine has moved on from the step. */
  private void complete(String number, String step) {
    WebElement complete = promoter.clickable(By.cssSelector("button[ng-click='complete()']"));
    assertThat(complete.getText()).isEqualTo(WebappLabels.tasklist(language, "COMPLETE"));
    complete.click();
    promoter.wait.until(browser -> cases.stepDone(number, step));
    cases.runAsyncSteps(number);
  }

  private String say(String english, String hindi) {
    return language.equals("hi") ? hindi : english;
  }

  /** The newest mail to the user's address whose subject names the application. */
  private static MimeMessage mailTo(String user, String number) throws MessagingException {
    return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> to(mail, user) && subject(mail).contains(number))
        .reduce((first, second) -> second).orElseThrow(() -> new AssertionError("no mail to " + user + " about " + number));
  }

  private static String mailedCode(String user) {
    MimeMessage mail = Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m, user)).reduce((a, b) -> b)
        .orElseThrow(() -> new AssertionError("no code mailed to " + user));
    Matcher code = CODE.matcher(subject(mail));
    assertThat(code.find()).as("the code in the subject").isTrue();
    return code.group(1);
  }

  private static String smsCode() {
    List<SmsGatewayStub.Request> sms = gateway.requests();
    assertThat(sms).as("one SMS with the code").hasSize(1);
    assertThat(sms.get(0).query()).containsEntry("to", MOBILE);
    Matcher code = CODE.matcher(sms.get(0).query().get("msg"));
    assertThat(code.find()).isTrue();
    return code.group(1);
  }

  private static boolean to(MimeMessage mail, String user) {
    try {
      return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
          .anyMatch(address -> address.toString().equals(user + "@example.in"));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
