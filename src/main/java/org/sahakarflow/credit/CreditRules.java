package org.sahakarflow.credit;

import java.util.Map;
import org.sahakarflow.engine.CaseDecisions;
import org.sahakarflow.system.CaseVariables;
import org.springframework.stereotype.Component;

/** {@code bpmn/credit-rules.dmn}: the State's cap on a society's borrowing limit. */
@Component
class CreditRules {

  private final CaseDecisions decisions;

  CreditRules(CaseDecisions decisions) {
    this.decisions = decisions;
  }

  /** @param deploymentId the case's deployment, whose rules it keeps */
  int borrowingMultiple(String deploymentId, String stateCode) {
    Object multiple = decisions.evaluate("borrowing-multiple", deploymentId, Map.of(CaseVariables.STATE_CODE, stateCode))
        .getSingleResult().getSingleEntry();
    return ((Number) multiple).intValue();
  }

  record Refinance(boolean eligible, String reason) {
  }

  /** NABARD's refinance of a short-term limit: {@code refinance-eligibility} in credit-rules.dmn. */
  Refinance refinance(String deploymentId, double interestRateToFarmers, long largestLoanPerFarmer) {
    Map<String, Object> row = decisions.evaluate("refinance-eligibility", deploymentId,
        Map.of("interestRateToFarmers", interestRateToFarmers, "largestLoanPerFarmer", largestLoanPerFarmer))
        .getSingleResult().getEntryMap();
    return new Refinance((Boolean) row.get("eligible"), (String) row.get("reason"));
  }

  /** The problem with a proposed limit, or null: it may not exceed the multiple of owned funds. */
  static String borrowingLimitProblem(long ownedFunds, long borrowingLimit, int multiple) {
    if (ownedFunds <= 0) {
      return "owned funds must be above 0 rupees";
    }
    if (borrowingLimit <= 0) {
      return "the borrowing limit must be above 0 rupees";
    }
    if (borrowingLimit > Math.multiplyExact(ownedFunds, (long) multiple)) {
      return "the borrowing limit of " + borrowingLimit + " rupees exceeds " + multiple
          + " times the owned funds (" + Math.multiplyExact(ownedFunds, (long) multiple) + " rupees)";
    }
    return null;
  }

  /** The problem with a sanction, or null: not above the demand or the borrowing limit, reasons when less. */
  static String sanctionProblem(String sanction, Long sanctioned, long demand, long borrowingLimit, String reasons) {
    boolean noReasons = reasons == null || reasons.isBlank();
    if (CreditLinkage.REFUSE.equals(sanction)) {
      return noReasons ? "reasons: a refusal needs written reasons" : null;
    }
    if (!CreditLinkage.GRANT.equals(sanction)) {
      return "sanction: choose sanction or refuse";
    }
    if (sanctioned == null || sanctioned <= 0) {
      return "sanctionedLimit: the sanctioned limit must be above 0 rupees";
    }
    if (sanctioned > demand) {
      return "sanctionedLimit: " + sanctioned + " rupees is more than the members' demand of " + demand;
    }
    if (sanctioned > borrowingLimit) {
      return "sanctionedLimit: " + sanctioned + " rupees is more than the society's borrowing limit of " + borrowingLimit;
    }
    if (sanctioned < Math.min(demand, borrowingLimit) && noReasons) {
      return "reasons: a limit below the demand (" + Math.min(demand, borrowingLimit) + " rupees) needs written reasons";
    }
    return null;
  }
}
