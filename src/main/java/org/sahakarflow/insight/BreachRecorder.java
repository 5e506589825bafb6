package org.sahakarflow.insight;

import java.util.Date;
import org.sahakarflow.sla.SlaBreach;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The one record of SLA breaches is the ministry's read model: a step's breach on its
 * {@code insight_step} row (breached, escalated to whom, when, how late), a statutory limit's on
 * the case's {@code insight_case} row. Runs in the engine's transaction that found the breach.
 */
@Component
class BreachRecorder {

  private static final Logger LOG = LoggerFactory.getLogger(BreachRecorder.class);

  private final ReadModelWriter writer;

  BreachRecorder(ReadModelWriter writer) {
    this.writer = writer;
  }

  @EventListener
  void breached(SlaBreach breach) {
    Date at = Date.from(breach.breachedAt());
    boolean recorded = breach.ofStatutoryLimit()
        ? writer.statutoryLimitBreached(breach.caseId(), breach.escalatedTo(), Date.from(breach.dueAt()), at)
        : writer.stepBreached(breach.taskId(), breach.escalatedTo(), at, breach.lateByMinutes());
    if (!recorded) {
      // a case opened before the read model existed has no row to hold its breach
      LOG.warn("breach of {} in case {} not recorded: no read-model row", breach.step(), breach.caseId());
    }
  }
}
