package org.sahakarflow.sla;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.sahakarflow.engine.CaseDecisions;
import org.sahakarflow.system.CaseVariables;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;

/**
 * Looks SLAs up in {@code bpmn/sla-policy.dmn}. Its decisions are deployed once for all States
 * (without a tenant); the State is an input. Answers are kept for {@code sahakar.sla.policy-cache}
 * (default one minute, {@link SlaConfiguration}), in a cache named after each decision: every user
 * task asks.
 */
@Component
class SlaPolicy {

  static final String STEP_DECISION = "sla-policy";
  static final String LIMIT_DECISION = "statutory-limit";

  private final CaseDecisions decisions;

  SlaPolicy(CaseDecisions decisions) {
    this.decisions = decisions;
  }

  /**
   * @param deploymentId the case's deployment, whose policy it keeps (null: the latest)
   * @param step the BPMN id of the user task
   */
  @Cacheable(STEP_DECISION)
  StepSla stepSla(String deploymentId, String stateCode, String processKey, String step) {
    DmnDecisionRuleResult row = evaluate(STEP_DECISION, deploymentId,
        Map.of(CaseVariables.STATE_CODE, stateCode, "processKey", processKey, "step", step));
    return new StepSla(number(row, "workingDays"), number(row, "reminderBeforeDays"),
        number(row, "reminderCycleDays"), row.getEntry("escalationRole"));
  }

  @Cacheable(LIMIT_DECISION)
  StatutoryLimit statutoryLimit(String deploymentId, String stateCode, String processKey) {
    DmnDecisionRuleResult row = evaluate(LIMIT_DECISION, deploymentId,
        Map.of(CaseVariables.STATE_CODE, stateCode, "processKey", processKey));
    return StatutoryLimit.of(row.getEntry("limit"), row.getEntry("extension"), row.getEntry("extensionBy"),
        row.getEntry("atExpiry"));
  }

  private DmnDecisionRuleResult evaluate(String decision, String deploymentId, Map<String, Object> inputs) {
    DmnDecisionRuleResult row = decisions.evaluate(decision, deploymentId, inputs).getFirstResult();
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
