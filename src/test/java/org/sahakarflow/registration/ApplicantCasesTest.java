package org.sahakarflow.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sahakarflow.CaseDriver.vars;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahakarflow.CaseDriver;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.StepIds;
import org.sahakarflow.system.India;
import org.sahakarflow.system.SignInThrottle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * "Where is my file", as the applicant asks it: signed in, their own applications only; without a
 * sign-in, the acknowledgement number with the application's mobile or e-mail, and nothing for a
 * wrong pair, however many tries.
 */
@SahakarTest
class ApplicantCasesTest {

  private static final ParameterizedTypeReference<List<Map<String, Object>>> CASES = new ParameterizedTypeReference<>() { };

  @Autowired
  ProcessEngine engine;
  @Autowired
  Http http;
  @Autowired
  SignInThrottle throttle;
  CaseDriver cases;

  @BeforeEach
  void setUp() {
    cases = new CaseDriver(engine);
  }

  /** The tracking tries count against this machine's address, which every other test signs in from. */
  @AfterEach
  void resetClockAndThrottle() {
    ClockUtil.reset();
    Http.forgiveThisMachine(throttle);
  }

  @Test
  void theApplicantSeesWhereEachOfTheirApplicationsWaitsAndWithWhom() {
    String uploading = cases.apply("mpacs-registration", "applicant.rj-udr", CaseDriver.application("RJ", "RJ-UDR", 25))
        .getBusinessKey();
    cases.runAsyncSteps(uploading);
    String atScrutiny = cases.mpacsAtScrutiny("RJ", "RJ-UDR", "applicant.rj-udr");
    String someoneElses = cases.mpacsAtScrutiny("AP", "AP-TPT", "applicant.ap-tpt");

    List<Map<String, Object>> mine = mine("applicant.rj-udr");
    assertThat(mine).extracting(c -> c.get("applicationNumber")).contains(uploading, atScrutiny)
        .doesNotContain(someoneElses);
    Map<String, Object> first = find(mine, uploading);
    assertThat(first).containsEntry("status", "IN_PROGRESS").containsEntry("district", "Udaipur")
        .containsEntry("state", "Rajasthan").containsEntry("submittedOn", LocalDate.now(India.ZONE).toString());
    assertThat(waiting(first)).singleElement().satisfies(step -> assertThat(step)
        .containsEntry("step", "Upload supporting documents").containsEntry("withApplicant", true)
        .containsEntry("heldBy", "You (the applicant)").containsEntry("since", LocalDate.now(India.ZONE).toString())
        .containsKey("due"));
    assertThat(waiting(find(mine, atScrutiny))).singleElement().satisfies(step -> assertThat(step)
        .containsEntry("withApplicant", false).containsEntry("heldBy", "Registrar's office, Udaipur")
        .containsEntry("heldByHindi", "रजिस्ट्रार कार्यालय, उदयपुर"));
    assertThat(mine("applicant.ap-tpt")).extracting(c -> c.get("applicationNumber"))
        .contains(someoneElses).doesNotContain(uploading, atScrutiny);

    String slip = "/api/my-applications/" + uploading + "/acknowledgement";
    ResponseEntity<String> printed = http.as("applicant.rj-udr").getForEntity(slip, String.class);
    assertThat(printed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(printed.getBody()).contains("Acknowledgement of application / आवेदन की पावती", uploading,
        "Udaipur, Rajasthan / उदयपुर, राजस्थान", "/track");
    assertThat(http.as("applicant.ap-tpt").getForEntity(slip, String.class).getStatusCode())
        .as("nobody else's slip").isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void aRegisteredApplicationShowsItsNumberAndARefusedOneItsReasonsAndLastDayToAppeal() {
    String registered = cases.mpacsAtScrutiny("RJ", "RJ-UDR", "applicant.rj-udr");
    cases.complete(registered, StepIds.TASK_SCRUTINISE_APPLICATION, "rcs.rj-udr", vars("scrutinyOutcome", "DECIDE"));
    cases.complete(registered, StepIds.TASK_DECIDE_REGISTRATION, "rcs.rj-udr", vars("decision", "REGISTER"));
    String refused = cases.mpacsAtScrutiny("RJ", "RJ-UDR", "applicant.rj-udr");
    cases.complete(refused, StepIds.TASK_SCRUTINISE_APPLICATION, "rcs.rj-udr", vars("scrutinyOutcome", "DECIDE"));
    cases.complete(refused, StepIds.TASK_DECIDE_REGISTRATION, "rcs.rj-udr",
        vars("decision", "REFUSE", "refusalReasons", "The area overlaps Kheda PACS"));
    String appealBy = (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .variableName("appealDeadline").processInstanceIdIn(decision(refused)).singleResult().getValue();

    List<Map<String, Object>> mine = mine("applicant.rj-udr");
    Map<String, Object> done = find(mine, registered);
    assertThat(done).containsEntry("status", "REGISTERED");
    assertThat(waiting(done)).isEmpty();
    assertThat((Map<String, Object>) done.get("registered")).containsEntry("registrationNumber",
        cases.variable(registered, "registrationNumber"));
    Map<String, Object> no = find(mine, refused);
    assertThat(no).containsEntry("status", "REFUSED");
    assertThat((Map<String, Object>) no.get("refused")).containsEntry("reasons", "The area overlaps Kheda PACS")
        .containsEntry("appealBy", appealBy).containsEntry("appealable", true);

    // the page says the same in words, with the certificate and the appeal a click away
    String page = page("applicant.rj-udr");
    assertThat(page).contains("My applications / मेरे आवेदन", registered, "Registered / पंजीकृत",
        "/api/registrations/" + registered + "/certificate", "The area overlaps Kheda PACS",
        LocalDate.parse(appealBy).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu")),
        "<a class=\"appeal\" href=\"/camunda/app/tasklist/default/#/?processStart&#x3D;registration-appeal\">");

    cases.apply("registration-appeal", "applicant.rj-udr", vars("applicationNumber", refused,
        "appealGrounds", "No overlap: Kheda PACS serves another panchayat", "stateCode", "RJ"));
    cases.runAsyncSteps(refused);
    Map<String, Object> appealed = find(mine("applicant.rj-udr"), refused);
    assertThat(appealed).containsEntry("status", "APPEAL_PENDING");
    assertThat((Map<String, Object>) appealed.get("refused")).containsEntry("appealable", false);
    assertThat(waiting(appealed)).singleElement().satisfies(step -> assertThat(step)
        .containsEntry("step", "Hear appeal").containsEntry("heldBy", "Registrar of Co-operative Societies, Rajasthan"));
  }

  @Test
  void theAppealWindowClosesOnItsLastDay() {
    String refused = cases.mpacsAtScrutiny("RJ", "RJ-UDR", "applicant.rj-udr");
    cases.complete(refused, StepIds.TASK_SCRUTINISE_APPLICATION, "rcs.rj-udr", vars("scrutinyOutcome", "DECIDE"));
    cases.complete(refused, StepIds.TASK_DECIDE_REGISTRATION, "rcs.rj-udr",
        vars("decision", "REFUSE", "refusalReasons", "No business plan"));
    LocalDate appealBy = LocalDate.parse((String) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .variableName("appealDeadline").processInstanceIdIn(decision(refused)).singleResult().getValue());

    ClockUtil.setCurrentTime(Date.from(appealBy.atTime(23, 0).atZone(India.ZONE).toInstant()));
    assertThat((Map<String, Object>) find(mine("applicant.rj-udr"), refused).get("refused"))
        .containsEntry("appealable", true);
    ClockUtil.setCurrentTime(Date.from(appealBy.plusDays(1).atTime(9, 0).atZone(India.ZONE).toInstant()));
    assertThat((Map<String, Object>) find(mine("applicant.rj-udr"), refused).get("refused"))
        .containsEntry("appealable", false);
    String page = page("applicant.rj-udr");
    String card = page.substring(page.indexOf("id=\"case-" + refused + "\""));
    assertThat(card.substring(0, card.indexOf("</section>"))).contains("No business plan").doesNotContain("class=\"appeal\"");
  }

  @Test
  void anyoneWithTheNumberAndTheApplicationsMobileOrEmailCanTrackItAndNobodyElse() {
    String key = cases.mpacsAtScrutiny("RJ", "RJ-UDR", "applicant.rj-udr");
    String email = (String) cases.variable(key, "chiefPromoterEmail");
    // the address's wait is reckoned on the engine's clock: held still, the answers do not race it
    Date now = new Date();
    ClockUtil.setCurrentTime(now);

    ResponseEntity<Map> byMobile = track(key, "+91 98765 43210", MediaType.APPLICATION_JSON);
    assertThat(byMobile.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(byMobile.getBody()).containsEntry("applicationNumber", key).containsEntry("status", "IN_PROGRESS");
    assertThat(track(key.toLowerCase(), email.toUpperCase(), MediaType.APPLICATION_JSON).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    ResponseEntity<String> page = trackPage(key, "9876543210");
    assertThat(page.getBody()).contains("Being processed / प्रक्रिया में", "office, Udaipur", "रजिस्ट्रार कार्यालय, उदयपुर")
        .doesNotContain(email).doesNotContain("/certificate");

    ResponseEntity<Map> wrong = track(key, "9123456780", MediaType.APPLICATION_JSON);
    ResponseEntity<Map> unknown = track("RJ-UDR-MPACS-1999-000001", "9876543210", MediaType.APPLICATION_JSON);
    assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(wrong.getBody()).isEqualTo(unknown.getBody()).doesNotContainKey("applicationNumber");
    assertThat(trackPage(key, "nobody@example.in").getBody())
        .contains("No application matches").doesNotContain("office, Udaipur");
    assertThat(track(key, "", MediaType.APPLICATION_JSON).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    // three failures are free; after the fourth the address waits, and even the right pair is refused unread
    ResponseEntity<String> throttled = trackPage(key, "9876543210");
    assertThat(throttled.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertThat(throttled.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
    assertThat(throttled.getBody()).contains("Too many tries").doesNotContain("Being processed");

    ClockUtil.setCurrentTime(new Date(now.getTime() + 2_000));
    assertThat(track(key, "9876543210", MediaType.APPLICATION_JSON).getStatusCode()).isEqualTo(HttpStatus.OK);
    // a success forgives the address: the next mistakes are free again
    track(key, "9123456780", MediaType.APPLICATION_JSON);
    ClockUtil.setCurrentTime(new Date(now.getTime() + 16 * 60_000));
    assertThat(track(key, "9876543210", MediaType.APPLICATION_JSON).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  private String decision(String applicationNumber) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("registrar-decision")
        .processInstanceBusinessKey(applicationNumber).singleResult().getId();
  }

  private List<Map<String, Object>> mine(String applicant) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    ResponseEntity<List<Map<String, Object>>> answer = http.as(applicant)
        .exchange("/api/my-applications", HttpMethod.GET, new HttpEntity<>(headers), CASES);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  private String page(String applicant) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.TEXT_HTML));
    ResponseEntity<String> answer = http.as(applicant)
        .exchange("/api/my-applications", HttpMethod.GET, new HttpEntity<>(headers), String.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  private ResponseEntity<Map> track(String number, String contact, MediaType accept) {
    return http.anonymous().exchange("/track", HttpMethod.POST, form(number, contact, accept), Map.class);
  }

  private ResponseEntity<String> trackPage(String number, String contact) {
    return http.anonymous().exchange("/track", HttpMethod.POST, form(number, contact, MediaType.TEXT_HTML), String.class);
  }

  private static HttpEntity<MultiValueMap<String, String>> form(String number, String contact, MediaType accept) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.setAccept(List.of(accept));
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("applicationNumber", number);
    form.add("contact", contact);
    return new HttpEntity<>(form, headers);
  }

  private static Map<String, Object> find(List<Map<String, Object>> cases, String applicationNumber) {
    return cases.stream().filter(c -> applicationNumber.equals(c.get("applicationNumber"))).findFirst().orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> waiting(Map<String, Object> found) {
    return (List<Map<String, Object>>) found.get("waiting");
  }
}
