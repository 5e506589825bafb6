package org.sahakarflow.membership;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.sahakarflow.CaseDriver;
import org.springframework.jdbc.core.JdbcTemplate;

/** Societies on record and membership applications walked step by step, for the membership tests. */
public class MembershipCases {

  static final String SECRETARY = "applicant.rj-udr";
  static final String NCEL_BOARD = "ncel.board";

  final ProcessEngine engine;
  final JdbcTemplate jdbc;
  final CaseDriver driver;

  public MembershipCases(ProcessEngine engine, JdbcTemplate jdbc) {
    this.engine = engine;
    this.jdbc = jdbc;
    this.driver = new CaseDriver(engine);
  }

  /** A society of the type on record in RJ-UDR (as imported), with the secretary acting for it. */
  String society(String type, String secretary) {
    String number = "RJ/UDR/" + type + "/OLD/" + UUID.randomUUID().toString().substring(0, 8);
    jdbc.update("""
        insert into society (registration_number, name, society_type, state_code, district_code,
          registered_on, deemed, verification_code, bye_law_version, created_at)
        values (?, ?, ?, 'RJ', 'RJ-UDR', ?, false, 'TESTCODE', 'as registered (imported)', ?)""",
        number, "Kheda " + type + " " + number.substring(number.length() - 8), type,
        Date.valueOf(LocalDate.of(1985, 4, 1)), new Timestamp(System.currentTimeMillis()));
    if (secretary != null) {
      jdbc.update("insert into society_secretary (registration_number, user_id) values (?, ?)", number, secretary);
    }
    return number;
  }

  /** A complete application's start variables: NCEL and NCOL pay the ₹1 lakh fee, BBSSL 5 shares. */
  static Map<String, Object> application(String registrationNumber, String national) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("registrationNumber", registrationNumber);
    variables.put("stateCode", "RJ");
    variables.put("districtCode", "RJ-UDR");
    variables.put("nationalSociety", national);
    variables.put("boardResolutionNumber", "BR/2026/07");
    variables.put("boardResolutionDate", "2026-01-10");
    variables.put("authorisedSignatory", "Kailash Meena, Secretary");
    if ("BBSSL".equals(national)) {
      variables.put("sharesSubscribed", 5L);
      variables.put("amountPaid", 5000L);
    } else {
      variables.put("amountPaid", 100000L);
    }
    variables.put("paymentReference", "UTR" + UUID.randomUUID().toString().substring(0, 10));
    return variables;
  }

  /** Starts the application as the secretary (Tasklist's start form does the same) and runs its notice. */
  String apply(String secretary, Map<String, Object> variables) {
    engine.getIdentityService().setAuthentication(secretary, List.of("applicants"), List.of("RJ"));
    String key;
    try {
      key = engine.getRuntimeService().startProcessInstanceByKey(NationalMembership.PROCESS, variables).getBusinessKey();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    driver.runAsyncSteps(key);
    return key;
  }

  /** A new RJ-UDR M-PACS's application to the national society, waiting for verification. */
  String applied(String national) {
    return apply(SECRETARY, application(society("MPACS", SECRETARY), national));
  }

  void verified(String key) {
    driver.complete(key, NationalMembership.TASK_VERIFY, board(key), CaseDriver.vars("verificationOutcome", "RECOMMEND",
        "verificationNote", "Resolution and payment verified"));
  }

  /** Verified and put to the board. */
  String atBoard(String national) {
    String key = applied(national);
    verified(key);
    return key;
  }

  /** Refused by the board: the secretary may appeal. */
  String refused(String national) {
    String key = atBoard(national);
    driver.complete(key, NationalMembership.TASK_BOARD_DECISION, board(key),
        CaseDriver.vars("boardDecision", "REFUSE", "refusalReasons", "Audit report for 2024-25 not filed"));
    return key;
  }

  /** Refused and appealed in time: the board is to hear the appeal. */
  public String atHearing(String national) {
    String key = refused(national);
    driver.complete(key, NationalMembership.TASK_LODGE_APPEAL, null, CaseDriver.vars("appealGrounds", "Audit report filed on 2 March"));
    return key;
  }

  String board(String key) {
    return driver.variable(key, "nationalSociety").toString().toLowerCase() + ".board";
  }

  void fire(String key, String timerId) {
    engine.getManagementService().executeJob(driver.timer(key, timerId).getId());
    driver.runAsyncSteps(key);
  }

  void advance(Duration by) {
    ClockUtil.setCurrentTime(new java.util.Date(ClockUtil.getCurrentTime().getTime() + by.toMillis()));
  }

  List<String> notices(String key) {
    return jdbc.queryForList("select notice from notice_log where business_key = ? order by sent_at", String.class, key);
  }

  Map<String, Object> row(String key) {
    return jdbc.queryForMap("select * from national_membership where application_number = ?", key);
  }

  boolean ended(String key, String endEventId) {
    return engine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(driver.historicIds(key)[0]).activityId(endEventId).finished().count() == 1;
  }
}
