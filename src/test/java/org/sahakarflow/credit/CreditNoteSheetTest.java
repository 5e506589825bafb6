package org.sahakarflow.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sahakarflow.CaseDriver.vars;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.sahakarflow.CaseDriver;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.StepIds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The DCCB's head office sanctions from the linkage's note-sheet: the resolution, the admission, the demand and the appraisal, in order. */
@SahakarTest
class CreditNoteSheetTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void theSanctionOpensWithTheResolutionTheAdmissionTheDemandAndTheAppraisal() {
    CaseDriver cases = new CaseDriver(engine);
    String key = cases.apply(CreditLinkage.PROCESS, CreditCases.SECRETARY, Map.of("registrationNumber",
        CreditCases.society(jdbc, CreditCases.SECRETARY), "stateCode", "RJ", "districtCode", "RJ-UDR")).getBusinessKey();
    cases.complete(key, StepIds.TASK_RESOLVE_BORROWING, null, vars("resolutionNumber", "GB/2026/3", "ownedFunds", 100_000L,
        "borrowingLimit", 1_000_000L, "shareMoneyPaid", 10_000L, "shareMoneyReference", "UTR0001"));
    cases.complete(key, StepIds.TASK_ADMIT_SOCIETY, "dccb-ho.rj-udr", vars("admission", "ADMIT"));
    cases.complete(key, StepIds.TASK_KCC_DEMAND, null, vars("kccDemandLines", "Ramesh Meena; wheat; 1.5; 42000"));
    cases.complete(key, StepIds.TASK_APPRAISE_SOCIETY, "dccb.rj-udr",
        vars("appraisalOutcome", "RECOMMEND", "appraisalNote", "Godown seen, books in order"));

    String sanction = (String) engine.getTaskService()
        .getVariableLocal(cases.task(key, StepIds.TASK_SANCTION_LIMIT).getId(), "noteSheet");
    assertThat(sanction).startsWith("**Fix borrowing limit, buy DCCB shares** — the applicant / आवेदक, ")
        .contains("- General body resolution / आम सभा संकल्प: GB/2026/3", "- Borrowing limit, ₹ / उधार सीमा: 1000000",
            "**Admit society to DCCB** — Mahesh Purohit", "- Admission / प्रवेश: admit / प्रवेश दें", "**Submit member\\-wise KCC demand** — the applicant",
            "**Appraise society \\(field verification\\)** — Deepak Jain", "- Appraisal note / मूल्यांकन टिप्पणी: Godown seen, books in order");
    assertThat(sanction.indexOf("**Admit society to DCCB**")).isLessThan(sanction.indexOf("**Appraise society"));
  }
}
