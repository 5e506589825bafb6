package org.sahakarflow.engine;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a failed step or timer is tried again before it becomes an incident.
 *
 * @param retryCycle the waits before each retry, for every async step and timer: the default rides
 *     out an SMTP or database blip within minutes (1 and 5) and a lost night (up to 12 h, about 17 h
 *     in all) before an operator is asked to act
 * @param retryCycleByStep a step's own cycle by activity id (or {@code processKey:activityId}),
 *     where the model's {@code camunda:failedJobRetryTimeCycle} does not set one
 */
@ConfigurationProperties("sahakar.jobs")
record JobRetryProperties(
    @DefaultValue(JobRetryProperties.DEFAULT_CYCLE) String retryCycle,
    Map<String, String> retryCycleByStep) {

  static final String DEFAULT_CYCLE = "PT1M,PT5M,PT15M,PT1H,PT4H,PT12H";

  JobRetryProperties {
    retryCycleByStep = retryCycleByStep == null ? Map.of() : Map.copyOf(retryCycleByStep);
  }
}
