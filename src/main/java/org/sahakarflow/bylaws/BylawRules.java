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
 * notice before the general meeting, the window to submit the amendment, the general meeting's
 * quorum, the referral of an amendment the Registrar has not decided in time, and what a direction
 * to amend gives the society and the Registrar.
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
    Integer referralDays = whole(row.get("referralDays"));
    Integer referralMonths = whole(row.get("referralDecisionMonths"));
    if ((referralDays == null) != (referralMonths == null)
        || (referralDays != null && (referralDays < 1 || referralMonths < 1))) {
      throw new IllegalStateException("bye-law-rules for " + stateCode
          + ": a referral needs both its days to refer and the higher officer's months, each at least 1");
    }
    Period directed = Period.parse(row.<String>getEntry("directedPeriod"));
    if (directed.isNegative() || directed.isZero()) {
      throw new IllegalStateException("bye-law-rules for " + stateCode + ": directedPeriod must be a positive period");
    }
    return new Rules(((Number) row.getEntry("noticeClearDays")).intValue(),
        Period.parse(row.<String>getEntry("submissionWindow")), row.getEntry("modelVersion"),
        QuorumRule.of((String) row.get("quorumShare"), fixed == null ? null : ((Number) fixed).intValue(), stateCode),
        referralMonths, directed, Boolean.TRUE.equals(row.get("registrarRegistersDirected")));
  }

  private static Integer whole(Object cell) {
    return cell == null ? null : ((Number) cell).intValue();
  }

  /**
   * @param noticeClearDays whole days between the day of notice and the day of the meeting,
   *     neither counted
   * @param submissionWindow from the day of the meeting (days or months, e.g. {@code P2M})
   * @param modelVersion the State's version of the Model Bye-laws, as the society record names it
   * @param referralDecisionMonths the months the next higher officer has to decide an amendment
   *     referred to him when the Registrar's limit expired, after which it is deemed registered;
   *     null where the Act refers nothing. The referral itself is made the day after the expiry,
   *     so inside any number of days the Act allows for it.
   * @param directedPeriod the time a Registrar's direction gives the society, from its day
   * @param registrarRegistersDirected whether the Registrar may register a directed amendment the
   *     society has not submitted in that time
   */
  record Rules(int noticeClearDays, Period submissionWindow, String modelVersion, QuorumRule quorum,
      Integer referralDecisionMonths, Period directedPeriod, boolean registrarRegistersDirected) {

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
