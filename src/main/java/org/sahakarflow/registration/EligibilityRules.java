package org.sahakarflow.registration;

import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.sahakarflow.engine.CaseDecisions;
import org.sahakarflow.society.SocietyType;
import org.sahakarflow.system.AnswerCaches;
import org.sahakarflow.system.CaseVariables;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.cache.CacheManagerCustomizer;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * The thresholds a State's Act sets for a new society, from {@code registration-eligibility.dmn},
 * kept in a cache named after the decision for {@code sahakar.registration.eligibility-cache}
 * (default one minute): every application asks twice (at submission and in the eligibility check).
 */
@Component
class EligibilityRules {

  static final String DECISION = "registration-eligibility";

  private final CaseDecisions decisions;

  EligibilityRules(CaseDecisions decisions) {
    this.decisions = decisions;
  }

  @Bean
  static CacheManagerCustomizer<CaffeineCacheManager> eligibilityCache(
      @Value("${sahakar.registration.eligibility-cache:PT1M}") Duration keep) {
    return AnswerCaches.keptFor(keep, DECISION);
  }

  /** @param deploymentId the case's deployment, whose rules it keeps; null for an application being filed */
  @Cacheable(DECISION)
  Thresholds thresholdsFor(String deploymentId, String stateCode, SocietyType type, boolean multiState) {
    DmnDecisionRuleResult result = decisions.evaluate(DECISION, deploymentId, Map.of(
        CaseVariables.STATE_CODE, stateCode, CaseVariables.SOCIETY_TYPE, type.name(), CaseVariables.MULTI_STATE, multiState))
        .getSingleResult();
    return new Thresholds(((Number) result.getEntry("minPromoters")).intValue(),
        ((Number) result.getEntry("minShareCapital")).doubleValue(),
        Boolean.TRUE.equals(result.getEntry("modelByeLawsRequired")));
  }

  record Thresholds(int minPromoters, double minShareCapital, boolean modelByeLawsRequired) {
  }
}
