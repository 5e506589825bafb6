package org.sahakarflow.sla;

import java.time.Duration;
import java.time.Instant;

/**
 * An SLA breached: a step still open when its due date passed ({@code taskId} set), or a case's
 * statutory decision limit expired ({@code taskId} null). Published inside the engine's
 * transaction; the ministry's read model is where it is recorded, so a job that fails and rolls
 * back leaves no breach behind, and its retry records it once.
 *
 * @param caseId the root process instance (a called registrar decision belongs to its registration)
 * @param processKey the process whose SLA rows apply
 * @param escalatedTo the group the work was escalated to
 * @param dueAt the due date the SLA's timer enforced
 */
public record SlaBreach(String caseId, String processInstanceId, String processKey, String step,
    String taskId, String stateCode, String escalatedTo, Instant dueAt, Instant breachedAt) {

  public boolean ofStatutoryLimit() {
    return taskId == null;
  }

  public long lateByMinutes() {
    return Math.max(0, Duration.between(dueAt, breachedAt).toMinutes());
  }
}
