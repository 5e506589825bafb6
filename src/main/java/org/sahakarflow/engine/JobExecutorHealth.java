package org.sahakarflow.engine;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code jobs} component of {@code /actuator/health}: UP while this node's job executor runs
 * (it sends the notices and fires the SLA timers), DOWN if it was meant to run and has stopped, and
 * UNKNOWN on a node configured to run no jobs ({@code camunda.bpm.job-execution.enabled=false}),
 * which must not mark the node unhealthy.
 */
@Component("jobs")
class JobExecutorHealth implements HealthIndicator {

  private final ProcessEngineConfigurationImpl configuration;
  private final boolean enabled;

  JobExecutorHealth(ProcessEngineConfigurationImpl configuration,
      @Value("${camunda.bpm.job-execution.enabled:true}") boolean enabled) {
    this.configuration = configuration;
    this.enabled = enabled;
  }

  @Override
  public Health health() {
    JobExecutor executor = configuration.getJobExecutor();
    boolean active = executor != null && executor.isActive();
    if (active) {
      return Health.up().withDetail("lockTimeMillis", executor.getLockTimeInMillis())
          .withDetail("maxJobsPerAcquisition", executor.getMaxJobsPerAcquisition()).build();
    }
    return enabled ? Health.down().withDetail("reason", "the job executor has stopped").build()
        : Health.unknown().withDetail("reason", "this node is configured to run no jobs").build();
  }
}
