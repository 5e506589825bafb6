package org.sahakarflow.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sahakarflow.CaseDriver.vars;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahakarflow.CaseDriver;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.StepIds;
import org.sahakarflow.system.India;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every path of dccb-credit-linkage, walked through the engine as Tasklist would. */
@SahakarTest
class CreditLinkageProcessTest {

  static final String SECRETARY = "applicant.rj-udr";
  /** The DCCB's branch: appraisal and loan documents. */
  static final String DCCB = "dccb.rj-udr";
  /** The DCCB's head office: records the board's admission and sanctions the limit. */
  static final String HEAD_OFFICE = "dccb-ho.rj-udr";
  static final String DEMAND = "Ramesh Meena; wheat; 1.5; 42000\nSita Devi; mustard; 2; 30000";
  static final long DEMAND_TOTAL = 81_900 + 78_000;

  @Autowired
  ProcessEngine engine;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  Http http;
  CaseDriver cases;

  @BeforeEach
  void setUp() {
    cases = new CaseDriver(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void registeringAnMpacsStartsItsCreditLinkageWithTheDistrictsDccb() {
    String application = cases.mpacsAtScrutiny("RJ", "RJ-UDR", SECRETARY);
    cases.complete(application, StepIds.TASK_SCRUTINISE_APPLICATION, "rcs.rj-udr", vars("scrutinyOutcome", "DECIDE"));
    cases.complete(application, StepIds.TASK_DECIDE_REGISTRATION, "rcs.rj-udr", vars("decision", "REGISTER"));
    String registrationNumber = (String) cases.variable(application, "registrationNumber");

    Map<String, Object> row = jdbc.queryForMap(
        "select application_number, dccb, status from credit_linkage where registration_number = ?", registrationNumber);
    assertThat(row).containsEntry("dccb", "RJ-UDR").containsEntry("status", "OPEN");
    String key = (String) row.get("application_number");
    assertThat(key).matches("RJ-UDR-CREDIT-\\d{4}-\\d{6}");
    Task resolution = cases.task(key, StepIds.TASK_RESOLVE_BORROWING);
    assertThat(engine.getTaskService().getIdentityLinksForTask(resolution.getId())).extracting(IdentityLink::getUserId)
        .contains(SECRETARY);
    assertThat(cases.variable(key, "registeredBy")).isEqualTo(application);
    assertThat(cases.variable(key, "societyName")).isEqualTo(cases.variable(application, "societyName"));
    assertThat(passed(application)).contains(StepIds.END_SOCIETY_REGISTERED);
  }

  @Test
  void sanctionedAsDemandedTheSocietyRecordShowsAffiliationLimitAndValidity() {
    ClockUtil.setCurrentTime(Date.valueOf(LocalDate.of(2026, 11, 20)));
    String society = society();
    String key = start(society);
    resolve(key, 100_000, 1_000_000, 10_000);
    cases.complete(key, StepIds.TASK_ADMIT_SOCIETY, HEAD_OFFICE, vars("admission", "ADMIT"));
    assertThat(status(key)).isEqualTo("AFFILIATED");
    assertThat(notice(key, "CREDIT_ADMITTED")).contains("has admitted", "(registration number " + society);
    cases.complete(key, StepIds.TASK_KCC_DEMAND, null, vars("kccDemandLines", DEMAND));
    assertThat(cases.variable(key, "kccDemandTotal")).isEqualTo(DEMAND_TOTAL);
    cases.complete(key, StepIds.TASK_APPRAISE_SOCIETY, DCCB, vars("appraisalOutcome", "RECOMMEND", "appraisalNote", "Godown seen"));
    Task sanction = cases.task(key, StepIds.TASK_SANCTION_LIMIT);
    assertThat(engine.getTaskService().getIdentityLinksForTask(sanction.getId())).extracting(IdentityLink::getGroupId)
        .contains("dccb-ho:RJ-UDR").doesNotContain("dccb:RJ-UDR");
    cases.complete(key, StepIds.TASK_SANCTION_LIMIT, HEAD_OFFICE, vars("sanction", "SANCTION", "sanctionedLimit", DEMAND_TOTAL));

    assertThat(status(key)).isEqualTo("SANCTIONED");
    Task documents = cases.task(key, StepIds.TASK_EXECUTE_DOCUMENTS);
    assertThatThrownBy(() -> engine.getTaskService().complete(documents.getId(), vars("documentsExecuted", false)))
        .hasMessageContaining("documentsExecuted: confirm that the loan documents are executed");
    cases.complete(key, StepIds.TASK_EXECUTE_DOCUMENTS, DCCB, vars("documentsExecuted", true));
    Task refinance = cases.task(key, StepIds.TASK_DECIDE_REFINANCE);
    assertThat(engine.getTaskService().getIdentityLinksForTask(refinance.getId())).extracting(IdentityLink::getGroupId)
        .contains("nabard:RJ");
    cases.complete(key, StepIds.TASK_DECIDE_REFINANCE, "nabard.rj",
        vars("interestRateToFarmers", 7.0, "largestLoanPerFarmer", 300_000L));

    assertThat(ended(key).getEndActivityId()).isEqualTo(CreditLinkage.END_REFINANCED);
    assertThat(notice(key, "CREDIT_REFINANCED")).contains("at most 7 % to farmers on loans up to 3 lakh rupees");
    Map<String, Object> row = jdbc.queryForMap("select * from credit_linkage where application_number = ?", key);
    assertThat(row).containsEntry("status", "REFINANCED").containsEntry("refinance_eligible", true).containsEntry("sanctioned_limit", DEMAND_TOTAL)
        .containsEntry("borrowing_limit", 1_000_000L).containsEntry("kcc_demand", DEMAND_TOTAL);
    assertThat(row.get("valid_until").toString()).isEqualTo("2027-03-31");
    assertThat(row.get("affiliated_on").toString()).isEqualTo("2026-11-20");
    String body = notice(key, "CREDIT_SANCTIONED");
    assertThat(body).contains("short-term credit limit of " + DEMAND_TOTAL + " rupees, valid until 31-03-2027",
        "none; the limit is as the members asked").doesNotContain("{{", "—");

    ResponseEntity<Map> record = http.get(SECRETARY, "/api/societies/" + society);
    assertThat(record.getStatusCode()).isEqualTo(HttpStatus.OK);
    @SuppressWarnings("unchecked")
    Map<String, Object> dccb = (Map<String, Object>) record.getBody().get("dccb");
    assertThat(dccb).containsEntry("dccb", "RJ-UDR").containsEntry("status", "REFINANCED").containsEntry("refinanced", true)
        .containsEntry("affiliatedOn", "2026-11-20").containsEntry("validUntil", "2027-03-31");
    assertThat(((Number) dccb.get("sanctionedLimit")).longValue()).isEqualTo(DEMAND_TOTAL);
  }

  @Test
  void aLimitBelowTheDemandNeedsReasonsAndStaysWithinTheBorrowingLimit() {
    String key = atSanction(100_000);
    Task sanction = cases.task(key, StepIds.TASK_SANCTION_LIMIT);
    engine.getTaskService().claim(sanction.getId(), HEAD_OFFICE);

    assertThatThrownBy(() -> engine.getTaskService().complete(sanction.getId(),
        vars("sanction", "SANCTION", "sanctionedLimit", 90_000L)))
        .hasMessageContaining("reasons: a limit below the demand (100000 rupees) needs written reasons");
    assertThatThrownBy(() -> engine.getTaskService().complete(sanction.getId(),
        vars("sanction", "SANCTION", "sanctionedLimit", 100_001L, "reasons", "x")))
        .hasMessageContaining("more than the society's borrowing limit of 100000");
    assertThat(cases.task(key, StepIds.TASK_SANCTION_LIMIT).getId()).isEqualTo(sanction.getId());

    engine.getTaskService().complete(sanction.getId(),
        vars("sanction", "SANCTION", "sanctionedLimit", 90_000L, "reasons", "No audited accounts yet"));
    cases.runAsyncSteps(key);
    assertThat(jdbc.queryForMap("select status, sanctioned_limit, reasons from credit_linkage where application_number = ?", key))
        .containsEntry("status", "SANCTIONED").containsEntry("sanctioned_limit", 90_000L)
        .containsEntry("reasons", "No audited accounts yet");
    assertThat(notice(key, "CREDIT_SANCTIONED")).contains("of 90000 rupees", "No audited accounts yet");
  }

  @Test
  void aBorrowingLimitAboveTheStatesMultipleOrShortShareMoneyIsTurnedBackOnTheForm() {
    String key = start(society());
    Task resolution = cases.task(key, StepIds.TASK_RESOLVE_BORROWING);
    assertThatThrownBy(() -> engine.getTaskService().complete(resolution.getId(), resolution(100_000, 1_000_001, 10_000)))
        .hasMessageContaining("borrowingLimit: the borrowing limit of 1000001 rupees exceeds 10 times the owned funds (1000000 rupees)");
    assertThatThrownBy(() -> engine.getTaskService().complete(resolution.getId(), resolution(100_000, 1_000_000, 9_999)))
        .hasMessageContaining("shareMoneyPaid: the DCCB's shares cost 10000 rupees; 9999 paid");
    assertThat(jdbc.queryForObject("select borrowing_limit from credit_linkage where application_number = ?", Long.class, key))
        .isNull();
    resolve(key, 100_000, 1_000_000, 10_000);
    assertThat(cases.task(key, StepIds.TASK_ADMIT_SOCIETY)).isNotNull();
  }

  @Test
  void theHeadOfficeAdmitsAndSanctionsWhileTheBranchAppraisesAndExecutesTheDocuments() {
    String key = start(society());
    resolve(key, 100_000, 1_000_000, 10_000);
    assertThat(groups(key, StepIds.TASK_ADMIT_SOCIETY)).containsExactly("dccb-ho:RJ-UDR");
    assertThat(visibleTasks(DCCB, "dccb:RJ-UDR", "RJ")).doesNotContain(key);
    assertThat(visibleTasks(HEAD_OFFICE, "dccb-ho:RJ-UDR", "RJ")).contains(key);
    cases.complete(key, StepIds.TASK_ADMIT_SOCIETY, HEAD_OFFICE, vars("admission", "ADMIT"));
    cases.complete(key, StepIds.TASK_KCC_DEMAND, null, vars("kccDemandLines", DEMAND));

    assertThat(groups(key, StepIds.TASK_APPRAISE_SOCIETY)).containsExactly("dccb:RJ-UDR");
    cases.complete(key, StepIds.TASK_APPRAISE_SOCIETY, DCCB, vars("appraisalOutcome", "RECOMMEND"));
    assertThat(groups(key, StepIds.TASK_SANCTION_LIMIT)).containsExactly("dccb-ho:RJ-UDR");
    assertThat(visibleTasks(DCCB, "dccb:RJ-UDR", "RJ")).doesNotContain(key);
    cases.complete(key, StepIds.TASK_SANCTION_LIMIT, HEAD_OFFICE, vars("sanction", "SANCTION", "sanctionedLimit", DEMAND_TOTAL));
    assertThat(groups(key, StepIds.TASK_EXECUTE_DOCUMENTS)).containsExactly("dccb:RJ-UDR");
  }

  private List<String> groups(String key, String step) {
    return engine.getTaskService().getIdentityLinksForTask(cases.task(key, step).getId()).stream()
        .map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
  }

  @Test
  void refusedAdmissionEndsTheCaseWithItsReasonsMailed() {
    String key = start(society());
    resolve(key, 100_000, 500_000, 10_000);
    Task admission = cases.task(key, StepIds.TASK_ADMIT_SOCIETY);
    assertThatThrownBy(() -> engine.getTaskService().complete(admission.getId(), vars("admission", "REFUSE")))
        .hasMessageContaining("reasons: a refusal needs written reasons");
    cases.complete(key, StepIds.TASK_ADMIT_SOCIETY, HEAD_OFFICE, vars("admission", "REFUSE", "reasons", "Share money not realised"));

    assertThat(ended(key).getEndActivityId()).isEqualTo(CreditLinkage.END_REFUSED);
    assertThat(status(key)).isEqualTo("REFUSED");
    assertThat(notice(key, "CREDIT_REFUSED")).contains("Share money not realised");
  }

  @Test
  void refusedSanctionEndsTheCaseAfterAffiliation() {
    String key = atSanction(1_000_000);
    cases.complete(key, StepIds.TASK_SANCTION_LIMIT, HEAD_OFFICE, vars("sanction", "REFUSE", "reasons", "Members defaulted elsewhere"));
    assertThat(ended(key).getEndActivityId()).isEqualTo(CreditLinkage.END_REFUSED);
    assertThat(jdbc.queryForMap("select status, affiliated_on, sanctioned_limit from credit_linkage where application_number = ?", key))
        .containsEntry("status", "REFUSED").containsEntry("sanctioned_limit", null);
    assertThat(notice(key, "CREDIT_REFUSED")).contains("Members defaulted elsewhere");
  }

  @Test
  void aBadKccLineIsNamedAndNothingMovesOn() {
    String key = start(society());
    resolve(key, 100_000, 500_000, 10_000);
    cases.complete(key, StepIds.TASK_ADMIT_SOCIETY, HEAD_OFFICE, vars("admission", "ADMIT"));
    Task demand = cases.task(key, StepIds.TASK_KCC_DEMAND);
    assertThatThrownBy(() -> engine.getTaskService().complete(demand.getId(),
        vars("kccDemandLines", "Ramesh; wheat; 1.5; 42000\nSita; mustard; two; 30000")))
        .hasMessageContaining("kccDemandLines: line 2: hectares must be a number");
    assertThat(cases.task(key, StepIds.TASK_KCC_DEMAND).getId()).isEqualTo(demand.getId());
  }

  @Test
  void theDccbIsRemindedThenTheBreachIsRecordedByTheEngineClock() {
    String key = start(society());
    resolve(key, 100_000, 500_000, 10_000);
    Task admission = cases.task(key, StepIds.TASK_ADMIT_SOCIETY);
    Job reminder = cases.timer(key, StepIds.TIMER_ADMISSION_REMINDER);
    Job due = cases.timer(key, StepIds.TIMER_ADMISSION_DUE);
    assertThat(admission.getDueDate()).isEqualTo(due.getDuedate());
    assertThat(reminder.getDuedate()).isBefore(due.getDuedate());

    ClockUtil.setCurrentTime(new java.util.Date(reminder.getDuedate().getTime() + 1_000));
    engine.getManagementService().executeJob(reminder.getId());
    cases.runAsyncSteps(key);
    assertThat(notices(key)).contains("REMINDER");

    ClockUtil.setCurrentTime(new java.util.Date(due.getDuedate().getTime() + 120_000));
    engine.getManagementService().executeJob(due.getId());
    cases.runAsyncSteps(key);
    assertThat(jdbc.queryForMap("select escalated_to, late_by_minutes from insight_step where business_key = ? and step = ? and escalated_to is not null",
        key, StepIds.TASK_ADMIT_SOCIETY)).containsEntry("escalated_to", "dccb-ho:RJ-UDR");
    assertThat(engine.getTaskService().getIdentityLinksForTask(admission.getId())).extracting(IdentityLink::getGroupId)
        .contains("dccb-ho:RJ-UDR").doesNotContain("dccb:RJ-UDR");
    assertThat(visibleTasks("dccb-ho.rj-udr", "dccb-ho:RJ-UDR", "RJ")).contains(key);
    assertThat(notices(key)).contains("ESCALATION");
    assertThat(cases.task(key, StepIds.TASK_ADMIT_SOCIETY).getId()).isEqualTo(admission.getId());
  }

  @Test
  void anotherDistrictsDccbAndAnotherStatesNabardSeeNothing() {
    String key = start(society());
    resolve(key, 100_000, 500_000, 10_000);
    String instance = cases.task(key, StepIds.TASK_ADMIT_SOCIETY).getProcessInstanceId();

    assertThat(visibleTasks(HEAD_OFFICE, "dccb-ho:RJ-UDR", "RJ")).contains(key);
    assertThat(visibleTasks("dccb-ho.ap-tpt", "dccb-ho:AP-TPT", "AP")).doesNotContain(key);
    assertThat(visibleInstances("nabard.rj", "nabard:RJ", "RJ")).contains(instance);
    assertThat(visibleInstances("nabard.ap", "nabard:AP", "AP")).doesNotContain(instance);
    assertThat(visibleInstances("dccb.ap-tpt", "dccb:AP-TPT", "AP")).doesNotContain(instance);
  }

  @Test
  void theSocietyAnswersTheBranchsQueryAndTheAppraisalResumes() {
    String key = atAppraisal();
    Task appraisal = cases.task(key, StepIds.TASK_APPRAISE_SOCIETY);
    assertThatThrownBy(() -> engine.getTaskService().complete(appraisal.getId(), vars("appraisalOutcome", "QUERY")))
        .hasMessageContaining("queryText: write the query for the society");
    cases.complete(key, StepIds.TASK_APPRAISE_SOCIETY, DCCB, vars("appraisalOutcome", "QUERY",
        "queryText", "Attach the members' land records"));

    Task answer = cases.task(key, StepIds.TASK_ANSWER_QUERY);
    assertThat(engine.getTaskService().getIdentityLinksForTask(answer.getId())).extracting(IdentityLink::getUserId)
        .contains(SECRETARY);
    String replyBy = java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy").withZone(India.ZONE)
        .format(answer.getDueDate().toInstant());
    assertThat(notice(key, "CREDIT_QUERY")).contains("Attach the members' land records", "on or before " + replyBy + ".");
    cases.complete(key, StepIds.TASK_ANSWER_QUERY, null, vars("queryReply", "Records attached"));
    cases.complete(key, StepIds.TASK_APPRAISE_SOCIETY, DCCB, vars("appraisalOutcome", "RECOMMEND"));
    assertThat(cases.task(key, StepIds.TASK_SANCTION_LIMIT)).isNotNull();
  }

  @Test
  void anUnansweredQueryLapsesTheLinkage() {
    String key = atAppraisal();
    cases.complete(key, StepIds.TASK_APPRAISE_SOCIETY, DCCB, vars("appraisalOutcome", "QUERY", "queryText", "Land records?"));
    Job window = cases.timer(key, StepIds.TIMER_REPLY_WINDOW_CLOSED);
    assertThat(window.getDuedate()).isEqualTo(cases.task(key, StepIds.TASK_ANSWER_QUERY).getDueDate());
    ClockUtil.setCurrentTime(new java.util.Date(window.getDuedate().getTime() + 1_000));
    engine.getManagementService().executeJob(window.getId());
    cases.runAsyncSteps(key);

    assertThat(ended(key).getEndActivityId()).isEqualTo(CreditLinkage.END_LAPSED);
    assertThat(status(key)).isEqualTo("LAPSED");
    assertThat(notices(key)).contains("CREDIT_QUERY", "CREDIT_LAPSED");
  }

  @Test
  void nabardRefusesRefinanceAboveSevenPercentButTheLimitStands() {
    String key = atSanction(1_000_000);
    cases.complete(key, StepIds.TASK_SANCTION_LIMIT, HEAD_OFFICE, vars("sanction", "SANCTION", "sanctionedLimit", DEMAND_TOTAL));
    cases.complete(key, StepIds.TASK_EXECUTE_DOCUMENTS, DCCB, vars("documentsExecuted", true));
    cases.complete(key, StepIds.TASK_DECIDE_REFINANCE, "nabard.rj",
        vars("interestRateToFarmers", 7.01, "largestLoanPerFarmer", 300_000L));

    assertThat(ended(key).getEndActivityId()).isEqualTo(CreditLinkage.END_NOT_REFINANCED);
    assertThat(jdbc.queryForMap("select status, sanctioned_limit, refinance_eligible, refinance_reason from credit_linkage"
        + " where application_number = ?", key)).containsEntry("status", "NOT_REFINANCED")
        .containsEntry("sanctioned_limit", DEMAND_TOTAL).containsEntry("refinance_eligible", false)
        .containsEntry("refinance_reason", "farmers are charged above 7 %");
    assertThat(notice(key, "CREDIT_REFINANCE_INELIGIBLE")).contains("farmers are charged above 7 %", "stands");
  }

  private List<String> visibleTasks(String user, String group, String tenant) {
    engine.getIdentityService().setAuthentication(user, List.of(group), List.of(tenant));
    try {
      return engine.getTaskService().createTaskQuery().processDefinitionKey(CreditLinkage.PROCESS).listPage(0, 500).stream()
          .map(t -> engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(t.getProcessInstanceId())
              .singleResult().getBusinessKey()).toList();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private List<String> visibleInstances(String user, String group, String tenant) {
    engine.getIdentityService().setAuthentication(user, List.of(group), List.of(tenant));
    try {
      return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CreditLinkage.PROCESS).listPage(0, 500)
          .stream().map(p -> p.getId()).toList();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private String atSanction(long borrowingLimit) {
    String key = start(society());
    resolve(key, 100_000, borrowingLimit, 10_000);
    cases.complete(key, StepIds.TASK_ADMIT_SOCIETY, HEAD_OFFICE, vars("admission", "ADMIT"));
    cases.complete(key, StepIds.TASK_KCC_DEMAND, null, vars("kccDemandLines", DEMAND));
    cases.complete(key, StepIds.TASK_APPRAISE_SOCIETY, DCCB, vars("appraisalOutcome", "RECOMMEND"));
    return key;
  }

  private String atAppraisal() {
    String key = start(society());
    resolve(key, 100_000, 1_000_000, 10_000);
    cases.complete(key, StepIds.TASK_ADMIT_SOCIETY, HEAD_OFFICE, vars("admission", "ADMIT"));
    cases.complete(key, StepIds.TASK_KCC_DEMAND, null, vars("kccDemandLines", DEMAND));
    return key;
  }

  private void resolve(String key, long owned, long limit, long shareMoney) {
    cases.complete(key, StepIds.TASK_RESOLVE_BORROWING, null, resolution(owned, limit, shareMoney));
  }

  private static Map<String, Object> resolution(long owned, long limit, long shareMoney) {
    return vars("resolutionNumber", "GB/2026/3", "ownedFunds", owned, "borrowingLimit", limit,
        "shareMoneyPaid", shareMoney, "shareMoneyReference", "UTR0001");
  }

  private String start(String society) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("registrationNumber", society);
    variables.put("stateCode", "RJ");
    variables.put("districtCode", "RJ-UDR");
    return cases.apply(CreditLinkage.PROCESS, SECRETARY, variables).getBusinessKey();
  }

  private String society() {
    return CreditCases.society(jdbc, SECRETARY);
  }

  private HistoricProcessInstance ended(String key) {
    HistoricProcessInstance instance = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(key).processDefinitionKey(CreditLinkage.PROCESS).singleResult();
    assertThat(instance.getEndTime()).as("case ended").isNotNull();
    return instance;
  }

  private List<String> passed(String key) {
    return engine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(key)
            .processDefinitionKey("mpacs-registration").singleResult().getId())
        .list().stream().map(a -> a.getActivityId()).toList();
  }

  private String status(String key) {
    return jdbc.queryForObject("select status from credit_linkage where application_number = ?", String.class, key);
  }

  private String notice(String key, String notice) {
    return jdbc.queryForObject("select body from notice_log where business_key = ? and notice = ?", String.class, key, notice);
  }

  private List<String> notices(String key) {
    return jdbc.queryForList("select notice from notice_log where business_key = ?", String.class, key);
  }
}
