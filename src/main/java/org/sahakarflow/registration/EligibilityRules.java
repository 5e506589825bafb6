package org.sahakarflow.registration;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/** The thresholds a State's Act sets for a new society, from {@code registration-eligibility.dmn}. */
@Component
class EligibilityRules {

  static final String DECISION = "registration-eligibility";

  private final DecisionService decisions;

  EligibilityRules(DecisionService decisions) {
    this.decisions = decisions;
  }

  Thresholds thresholdsFor(String stateCode, SocietyType type, boolean multiState) {
    DmnDecisionRuleResult result = decisions.evaluateDecisionTableByKey(DECISION, Map.of(
        "stateCode", stateCode, "societyType", type.name(), "multiState", multiState))
        .getSingleResult();
    return new Thresholds(((Number) result.getEntry("minPromoters")).intValue(),
        ((Number) result.getEntry("minShareCapital")).doubleValue(),
        Boolean.TRUE.equals(result.getEntry("modelByeLawsRequired")));
  }

  record Thresholds(int minPromoters, double minShareCapital, boolean modelByeLawsRequired) {
  }
}
