package org.sahakarflow.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sahakarflow.CaseDriver.vars;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.sahakarflow.SahakarTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The national society's board decides, and hears an appeal, from the application's note-sheet. */
@SahakarTest
class MembershipNoteSheetTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void theBoardSeesTheQueryTheReplyAndTheVerificationAndTheHearingSeesTheRefusalStandOut() {
    MembershipCases cases = new MembershipCases(engine, jdbc);
    String key = cases.applied("NCEL");
    assertThat(sheet(cases, key, NationalMembership.TASK_VERIFY)).isEqualTo("No earlier steps yet. / अभी कोई पिछला चरण नहीं।");

    cases.driver.complete(key, NationalMembership.TASK_VERIFY, "ncel.board",
        vars("verificationOutcome", "QUERY", "queryText", "Attach the certified copy of the board resolution"));
    cases.driver.complete(key, NationalMembership.TASK_ANSWER_QUERY, null, vars("queryReply", "Certified copy attached"));
    String again = sheet(cases, key, NationalMembership.TASK_VERIFY);
    assertThat(again).startsWith("**Verify application** — Harish Patel, ")
        .contains("- Outcome / परिणाम: query raised / प्रश्न उठाया",
            "- Query to the society / समिति से प्रश्न: Attach the certified copy of the board resolution",
            "**Answer query** — the applicant / आवेदक", "- Applicant's reply / आवेदक का उत्तर: Certified copy attached");

    cases.verified(key);
    String board = sheet(cases, key, NationalMembership.TASK_BOARD_DECISION);
    assertThat(board).contains("- Outcome / परिणाम: recommended / अनुशंसित",
        "- Note for the board / संचालक मंडल हेतु टिप्पणी: Resolution and payment verified");
    assertThat(board.indexOf("query raised")).isLessThan(board.indexOf("Certified copy attached"));
    assertThat(board.indexOf("Certified copy attached")).isLessThan(board.indexOf("recommended / अनुशंसित"));
    assertThat(board).as("the query round's entry shows the query, not the later recommendation")
        .containsOnlyOnce("recommended / अनुशंसित").containsOnlyOnce("Resolution and payment verified");

    cases.driver.complete(key, NationalMembership.TASK_BOARD_DECISION, "ncel.board",
        vars("boardDecision", "REFUSE", "refusalReasons", "Audit report for 2024-25 not filed"));
    cases.driver.complete(key, NationalMembership.TASK_LODGE_APPEAL, null, vars("appealGrounds", "Audit report filed on 2 March"));
    assertThat(sheet(cases, key, NationalMembership.TASK_HEAR_APPEAL)).contains("**Decide on admission** — Harish Patel",
        "- ⚠ **MEMBERSHIP REFUSED / सदस्यता अस्वीकृत**", "- Reasons for refusal / अस्वीकृति के कारण: Audit report for 2024\\-25 not filed",
        "**Lodge appeal** — the applicant / आवेदक", "- Grounds of appeal / अपील के आधार: Audit report filed on 2 March");
  }

  private String sheet(MembershipCases cases, String key, String step) {
    return (String) engine.getTaskService().getVariableLocal(cases.driver.task(key, step).getId(), "noteSheet");
  }
}
