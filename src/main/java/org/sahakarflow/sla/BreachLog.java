package org.sahakarflow.sla;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where a breach goes: to the ministry's read model, which records it on the step's or the case's
 * row in the engine's transaction ({@link SlaBreach}), and to Prometheus once that transaction
 * commits.
 */
@Component
class BreachLog {

  /** Exported to Prometheus as {@code sahakar_sla_breaches_total{process,step,state}}. */
  static final String METER = "sahakar.sla.breaches";

  private final ApplicationEventPublisher events;
  private final MeterRegistry meters;

  BreachLog(ApplicationEventPublisher events, MeterRegistry meters) {
    this.events = events;
    this.meters = meters;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void record(SlaBreach breach) {
    events.publishEvent(breach);
    // counted after commit, like the record: a rolled-back attempt must not count
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        meters.counter(METER, "process", breach.processKey(), "step", breach.step(),
            "state", breach.stateCode()).increment();
      }
    });
  }
}
