package org.sahakarflow.bylaws;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.sahakarflow.engine.CaseDecisions;
import org.sahakarflow.system.CaseVariables;
import org.springframework.stereotype.Component;

/**
 * The State's rules for a bye-law amendment, from {@code bpmn/bye-law-rules.dmn}: clear days of
 * notice before the general meeting, the window to submit the amendment and the general meeting's
 * quorum.
 */
@Component
class BylawRules {

  private final CaseDecisions decisions;

  BylawRules(CaseDecisions decisions) {
    this.decisions = decisions;
  }

  /** @param deploymentId the case's deployment, whose rules it keeps */
  Rules of(String deploymentId, String stateCode) {
    DmnDecisionRuleResult row = decisions.evaluate(BylawAdoption.RULES_DECISION, deploymentId,
        Map.of(CaseVariables.STATE_CODE, stateCode)).getFirstResult();
    if (row == null) {
      throw new IllegalStateException("bye-law-rules has no row for " + stateCode);
    }
    // an empty cell of the table is no entry at all, not an entry holding null
    Object fixed = row.get("quorumMembers");
    return new Rules(((Number) row.getEntry("noticeClearDays")).intValue(),
        Period.parse(row.<String>getEntry("submissionWindow")), row.getEntry("modelVersion"),
        QuorumRule.of((String) row.get("quorumShare"), fixed == null ? null : ((Number) fixed).intValue(), stateCode));
  }

  /**
   * @param noticeClearDays whole days between the day of notice and the day of the meeting,
   *     neither counted
   * @param submissionWindow from the day of the meeting (days or months, e.g. {@code P2M})
   * @param modelVersion the State's version of the Model Bye-laws, as the society record names it
   */
  record Rules(int noticeClearDays, Period submissionWindow, String modelVersion, QuorumRule quorum) {

    LocalDate earliestMeeting(LocalDate noticeIssuedOn) {
      return noticeIssuedOn.plusDays(noticeClearDays + 1L);
    }
  }

  /**
   * A share of the members ({@code numerator/denominator}, rounded up: a fifth of 101 is 21), a
   * fixed number of members, or both, whichever is less; never more than the members on the roll.
   * Integers only, so a share lands on the same member whatever the roll's size.
   */
  record QuorumRule(Integer numerator, Integer denominator, Integer members) {

    private static final Pattern SHARE = Pattern.compile("\\s*(\\d{1,6})\\s*/\\s*(\\d{1,6})\\s*");

    static QuorumRule of(String share, Integer members, String stateCode) {
      Integer numerator = null;
      Integer denominator = null;
      if (share != null && !share.isBlank()) {
        Matcher fraction = SHARE.matcher(share);
        if (!fraction.matches() || Integer.parseInt(fraction.group(1)) < 1
            || Integer.parseInt(fraction.group(2)) < Integer.parseInt(fraction.group(1))) {
          throw new IllegalStateException("bye-law-rules for " + stateCode + ": quorumShare '" + share
              + "' is not a share of the members such as 1/5");
        }
        numerator = Integer.valueOf(fraction.group(1));
        denominator = Integer.valueOf(fraction.group(2));
      }
      if (members != null && members < 1) {
        throw new IllegalStateException("bye-law-rules for " + stateCode + ": quorumMembers must be at least 1");
      }
      if (numerator == null && members == null) {
        throw new IllegalStateException("bye-law-rules for " + stateCode + " sets no quorum");
      }
      return new QuorumRule(numerator, denominator, members);
    }

    int required(int totalMembers) {
      long required = Long.MAX_VALUE;
      if (numerator != null) {
        required = ((long) totalMembers * numerator + denominator - 1) / denominator;
      }
      if (members != null) {
        required = Math.min(required, members);
      }
      return (int) Math.max(1, Math.min(required, totalMembers));
    }

    /** The rule in words for the meeting form, e.g. "1/5 of the members or 50, whichever is less". */
    String describe() {
      String share = numerator == null ? null : numerator + "/" + denominator + " of the members";
      if (members == null) {
        return share;
      }
      return share == null ? members + " members" : share + " or " + members + ", whichever is less";
    }
  }
}
