package org.sahakarflow.sla;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * Looks SLAs up in {@code bpmn/sla-policy.dmn}. Its decisions are deployed once for all States
 * (without a tenant); the State is an input. Answers are kept for {@code sahakar.sla.policy-cache}
 * (default one minute): every user task asks, and an evaluation through the engine looks up the
 * latest decision version and writes decision history each time, for an answer that changes only
 * when an administrator deploys a new policy.
 */
@Component
class SlaPolicy {

  static final String STEP_DECISION = "sla-policy";
  static final String LIMIT_DECISION = "statutory-limit";

  private final DecisionService decisions;
  private final long cacheNanos;
  private final Map<Object, Answer> answers = new ConcurrentHashMap<>();

  SlaPolicy(DecisionService decisions, SlaProperties properties) {
    this.decisions = decisions;
    this.cacheNanos = properties.policyCache().toNanos();
  }

  /** @param step the BPMN id of the user task */
  StepSla stepSla(String stateCode, String processKey, String step) {
    return cached(new StepKey(stateCode, processKey, step), key -> {
      DmnDecisionRuleResult row = evaluate(STEP_DECISION,
          Map.of("stateCode", stateCode, "processKey", processKey, "step", step));
      return new StepSla(number(row, "workingDays"), number(row, "reminderBeforeDays"),
          number(row, "reminderCycleDays"), row.getEntry("escalationRole"));
    });
  }

  StatutoryLimit statutoryLimit(String stateCode, String processKey) {
    return cached(new LimitKey(stateCode, processKey), key -> {
      DmnDecisionRuleResult row = evaluate(LIMIT_DECISION,
          Map.of("stateCode", stateCode, "processKey", processKey));
      return new StatutoryLimit(number(row, "limitDays"),
          StatutoryLimit.AtExpiry.valueOf(row.<String>getEntry("atExpiry")));
    });
  }

  @SuppressWarnings("unchecked")
  private <K, V> V cached(K key, Function<K, V> lookUp) {
    long now = System.nanoTime();
    Answer answer = answers.get(key);
    if (answer == null || now - answer.at() >= cacheNanos) {
      answer = new Answer(lookUp.apply(key), now);
      answers.put(key, answer);
    }
    return (V) answer.value();
  }

  private record StepKey(String stateCode, String processKey, String step) {
  }

  private record LimitKey(String stateCode, String processKey) {
  }

  private record Answer(Object value, long at) {
  }

  private DmnDecisionRuleResult evaluate(String decision, Map<String, Object> inputs) {
    DmnDecisionRuleResult row = EngineAccess.withoutAuthorization(() -> decisions
        .evaluateDecisionTableByKey(decision).decisionDefinitionWithoutTenantId()
        .variables(inputs).evaluate().getFirstResult());
    if (row == null) {
      throw new IllegalStateException(decision + " has no row for " + inputs);
    }
    return row;
  }

  private static int number(DmnDecisionRuleResult row, String output) {
    Object value = row.getEntry(output);
    if (!(value instanceof Number number)) {
      throw new IllegalStateException("SLA policy output '" + output + "' is not a number: " + value);
    }
    return number.intValue();
  }
}
