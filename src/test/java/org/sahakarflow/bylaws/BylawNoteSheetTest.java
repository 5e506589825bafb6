package org.sahakarflow.bylaws;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sahakarflow.CaseDriver;
import org.sahakarflow.SahakarTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The registering officer scrutinises an amendment from its note-sheet: the board, the notice, the meeting's votes, the documents. */
@SahakarTest
class BylawNoteSheetTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  JdbcTemplate jdbc;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theScrutinyOpensWithTheSocietysStepsAndTheHearingWithTheRefusal() {
    BylawCases cases = new BylawCases(engine, jdbc);
    String key = cases.atScrutiny();

    String scrutiny = sheet(cases.driver, key, BylawAdoption.TASK_SCRUTINISE);
    int board = scrutiny.indexOf("**Approve draft bye\\-laws** — the applicant / आवेदक, ");
    int notice = scrutiny.indexOf("**Issue general meeting notice**");
    int meeting = scrutiny.indexOf("**Record general meeting result**");
    int submitted = scrutiny.indexOf("**Submit amendment to Registrar**");
    assertThat(board).as(scrutiny).isZero();
    assertThat(notice).as(scrutiny).isGreaterThan(board).isLessThan(meeting);
    assertThat(submitted).as(scrutiny).isGreaterThan(meeting);
    assertThat(scrutiny).contains("- Activities adopted / अपनाई गई गतिविधियाँ: DAIRY, GODOWN, JAN\\_AUSHADHI\\_KENDRA",
        "- Members on the roll / कुल सदस्य: 120", "- Votes in favour / पक्ष में मत: 66", "- Votes against / विपक्ष में मत: 33",
        "- Amended text / संशोधित पाठ: attached / संलग्न");
    // kept as an ISO date, read day first as offices write it
    LocalDate held = LocalDate.parse((String) cases.driver.variable(key, "meetingDate"));
    assertThat(scrutiny).contains("- Meeting held on / बैठक दिनांक: "
        + held.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));

    cases.driver.complete(key, BylawAdoption.TASK_SCRUTINISE, BylawCases.OFFICER,
        CaseDriver.vars("scrutinyOutcome", "REFUSE", "refusalReasons", "Quorum figures do not match the minutes"));
    cases.driver.complete(key, BylawAdoption.TASK_LODGE_APPEAL, null, CaseDriver.vars("appealGrounds", "Minutes corrected"));
    assertThat(sheet(cases.driver, key, BylawAdoption.TASK_HEAR_APPEAL)).contains(
        "**Scrutinise amendment** — Sunita Sharma", "- ⚠ **AMENDMENT REFUSED / संशोधन अस्वीकृत**", "- Reasons for refusal / अस्वीकृति के कारण: Quorum figures do not match the minutes",
        "- Grounds of appeal / अपील के आधार: Minutes corrected");
  }

  private String sheet(CaseDriver driver, String key, String step) {
    return (String) engine.getTaskService().getVariableLocal(driver.task(key, step).getId(), "noteSheet");
  }
}
