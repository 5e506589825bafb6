package org.sahakarflow.bylaws;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.sahakarflow.system.CaseVariables;
import org.springframework.stereotype.Component;

/**
 * The State's statutory periods for a bye-law amendment, from {@code bpmn/bye-law-rules.dmn}:
 * clear days of notice before the general meeting and the window to submit the amendment.
 */
@Component
class BylawRules {

  private final DecisionService decisions;

  BylawRules(DecisionService decisions) {
    this.decisions = decisions;
  }

  Rules of(String stateCode) {
    DmnDecisionRuleResult row = decisions.evaluateDecisionTableByKey(BylawAdoption.RULES_DECISION)
        .decisionDefinitionWithoutTenantId().variables(Map.of(CaseVariables.STATE_CODE, stateCode))
        .evaluate().getFirstResult();
    if (row == null) {
      throw new IllegalStateException("bye-law-rules has no row for " + stateCode);
    }
    return new Rules(((Number) row.getEntry("noticeClearDays")).intValue(),
        Period.parse(row.<String>getEntry("submissionWindow")), row.getEntry("modelVersion"));
  }

  /**
   * @param noticeClearDays whole days between the day of notice and the day of the meeting,
   *     neither counted
   * @param submissionWindow from the day of the meeting (days or months, e.g. {@code P2M})
   * @param modelVersion the State's version of the Model Bye-laws, as the society record names it
   */
  record Rules(int noticeClearDays, Period submissionWindow, String modelVersion) {

    LocalDate earliestMeeting(LocalDate noticeIssuedOn) {
      return noticeIssuedOn.plusDays(noticeClearDays + 1L);
    }

    LocalDate lastDayToSubmit(LocalDate meetingDate) {
      return meetingDate.plus(submissionWindow);
    }
  }
}
