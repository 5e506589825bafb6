package org.sahakarflow.bylaws;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.variable.Variables;
import org.sahakarflow.CaseDriver;
import org.sahakarflow.system.India;
import org.springframework.jdbc.core.JdbcTemplate;

/** Societies on record and amendment cases walked step by step, for the bye-law tests. */
public class BylawCases {

  static final String SECRETARY = "applicant.rj-udr";
  static final String OFFICER = "rcs.rj-udr";
  /** Members on the roll of the usual case: its RJ quorum (a fifth or 50, whichever is less) is 24. */
  static final int MEMBERS = 120;

  final ProcessEngine engine;
  final JdbcTemplate jdbc;
  final CaseDriver driver;

  public BylawCases(ProcessEngine engine, JdbcTemplate jdbc) {
    this.engine = engine;
    this.jdbc = jdbc;
    this.driver = new CaseDriver(engine);
  }

  /** An M-PACS on record in the district (as imported), with the secretary acting for it. */
  String society(String stateCode, String districtCode, String secretary) {
    return society(stateCode, districtCode, secretary, "MPACS");
  }

  /** A society of this type ({@code MPACS}, {@code DAIRY}, {@code FISHERIES}) on record in the district. */
  String society(String stateCode, String districtCode, String secretary, String type) {
    String kind = "MPACS".equals(type) ? "PACS" : type;
    String number = stateCode + "/" + districtCode.substring(3) + "/" + kind + "/OLD/" + UUID.randomUUID().toString().substring(0, 8);
    jdbc.update("""
        insert into society (registration_number, name, society_type, state_code, district_code,
          registered_on, deemed, verification_code, bye_law_version, created_at)
        values (?, ?, ?, ?, ?, ?, false, 'TESTCODE', 'as registered (imported)', ?)""",
        number, "Old " + kind + " " + number.substring(number.length() - 8), type, stateCode, districtCode,
        Date.valueOf(LocalDate.of(1985, 4, 1)), new Timestamp(System.currentTimeMillis()));
    if (secretary != null) {
      jdbc.update("insert into society_secretary (registration_number, user_id) values (?, ?)", number, secretary);
    }
    return number;
  }

  String propose(String registrationNumber, String secretary, String stateCode, String districtCode) {
    engine.getIdentityService().setAuthentication(secretary, List.of("applicants"), List.of(stateCode));
    String key;
    try {
      key = engine.getRuntimeService().startProcessInstanceByKey(BylawAdoption.PROCESS,
          Map.of("registrationNumber", registrationNumber, "stateCode", stateCode, "districtCode", districtCode))
          .getBusinessKey();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    driver.runAsyncSteps(key);
    return key;
  }

  /** A new RJ-UDR society whose secretary has proposed the amendment: its board is to approve the draft. */
  String proposed() {
    return propose(society("RJ", "RJ-UDR", SECRETARY), SECRETARY, "RJ", "RJ-UDR");
  }

  /** A new RJ-UDR society whose case has passed board approval and notice, waiting to record the meeting. */
  String atMeeting() {
    return atMeeting(MEMBERS);
  }

  /** As {@link #atMeeting()}, the notice recording this many members on the roll. */
  String atMeeting(int members) {
    String key = proposed();
    noticeGiven(key, members);
    return key;
  }

  void draftApproved(String key) {
    driver.complete(key, BylawAdoption.TASK_APPROVE_DRAFT, null,
        CaseDriver.vars("adoptedActivities", "DAIRY,GODOWN,JAN_AUSHADHI_KENDRA", "boardResolutionDate", today().toString()));
  }

  void noticeGiven(String key, int members) {
    draftApproved(key);
    driver.complete(key, BylawAdoption.TASK_ISSUE_NOTICE, null,
        CaseDriver.vars("noticeIssuedOn", today().toString(), "totalMembers", members));
    assertThat(driver.timer(key, BylawAdoption.TIMER_NOTICE_PERIOD)).isNotNull();
    // RJ has the default 14 clear days: the meeting can be held on the 15th day after the notice
    advance(Duration.ofDays(16));
    fire(key, BylawAdoption.TIMER_NOTICE_PERIOD);
  }

  /** Records the meeting on the earliest lawful day with these figures (the roll is the notice's). */
  void meeting(String key, int present, int voting, int inFavour, int against) {
    driver.complete(key, BylawAdoption.TASK_RECORD_MEETING, null, meetingRecord(key, present, voting, inFavour, against));
  }

  Map<String, Object> meetingRecord(String key, int present, int voting, int inFavour, int against) {
    return CaseDriver.vars("meetingDate", driver.variable(key, "earliestMeetingDate"), "membersPresent", present,
        "membersVoting", voting, "votesInFavour", inFavour, "votesAgainst", against);
  }

  /** Passed vote and submission: the case is with the district's registering officer. */
  String atScrutiny() {
    String key = atMeeting();
    meeting(key, 99, 99, 66, 33);
    driver.complete(key, BylawAdoption.TASK_SUBMIT, null, submission());
    return key;
  }

  /** Refused on scrutiny and appealed in time: the State's Registrar is to hear the appeal. */
  public String atHearing() {
    String key = atScrutiny();
    driver.complete(key, BylawAdoption.TASK_SCRUTINISE, OFFICER,
        CaseDriver.vars("scrutinyOutcome", "REFUSE", "refusalReasons", "Quorum figures do not match the minutes"));
    driver.complete(key, BylawAdoption.TASK_LODGE_APPEAL, null, CaseDriver.vars("appealGrounds", "Minutes corrected"));
    return key;
  }

  /** The four documents the submission encloses, each a PDF by its content. */
  static Map<String, Object> submission() {
    Map<String, Object> files = new HashMap<>();
    for (String name : BylawAdoption.SUBMISSION_DOCUMENTS) {
      files.put(name, Variables.fileValue(name + ".pdf")
          .file(("%PDF-1.4 " + name).getBytes(StandardCharsets.UTF_8)).mimeType("application/pdf").create());
    }
    return files;
  }

  void fire(String key, String timerId) {
    Job job = driver.timer(key, timerId);
    engine.getManagementService().executeJob(job.getId());
    driver.runAsyncSteps(key);
  }

  /** Moves the engine clock (a java.util.Date; java.sql.Date is imported for the society rows). */
  void advance(Duration by) {
    ClockUtil.setCurrentTime(new java.util.Date(ClockUtil.getCurrentTime().getTime() + by.toMillis()));
  }

  LocalDate today() {
    return India.dateOf(ClockUtil.getCurrentTime());
  }

  List<String> notices(String key) {
    return jdbc.queryForList("select notice from notice_log where business_key = ? order by sent_at", String.class, key);
  }

  String status(String key) {
    return jdbc.queryForObject("select status from bylaw_amendment where case_number = ?", String.class, key);
  }

  boolean ended(String key, String endEventId) {
    return engine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(driver.historicIds(key)[0]).activityId(endEventId).finished().count() == 1;
  }
}
