package org.sahakarflow.registration;

import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.sahakarflow.society.SocietyType;
import org.sahakarflow.system.AnswerCache;
import org.sahakarflow.system.CaseVariables;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The thresholds a State's Act sets for a new society, from {@code registration-eligibility.dmn},
 * kept for {@code sahakar.registration.eligibility-cache} (default one minute): every application
 * asks twice (at submission and in the eligibility check).
 */
@Component
class EligibilityRules {

  static final String DECISION = "registration-eligibility";

  private final DecisionService decisions;
  private final AnswerCache answers;

  EligibilityRules(DecisionService decisions,
      @Value("${sahakar.registration.eligibility-cache:PT1M}") Duration keep) {
    this.decisions = decisions;
    this.answers = new AnswerCache(keep);
  }

  Thresholds thresholdsFor(String stateCode, SocietyType type, boolean multiState) {
    return answers.get(new Key(stateCode, type, multiState), key -> {
      DmnDecisionRuleResult result = decisions.evaluateDecisionTableByKey(DECISION, Map.of(
          "stateCode", stateCode, CaseVariables.SOCIETY_TYPE, type.name(), CaseVariables.MULTI_STATE, multiState))
          .getSingleResult();
      return new Thresholds(((Number) result.getEntry("minPromoters")).intValue(),
          ((Number) result.getEntry("minShareCapital")).doubleValue(),
          Boolean.TRUE.equals(result.getEntry("modelByeLawsRequired")));
    });
  }

  private record Key(String stateCode, SocietyType type, boolean multiState) {
  }

  record Thresholds(int minPromoters, double minShareCapital, boolean modelByeLawsRequired) {
  }
}
