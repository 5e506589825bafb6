package org.sahakarflow.registration;

import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * A scrutiny must end in a known outcome, and a query must say what is asked; the officer who
 * raised it is kept, whose order an unanswered query ends in. An officer going ahead with an
 * M-PACS for a gram panchayat that already has one says why.
 */
@Component("checkScrutinyOutcome")
class CheckScrutinyOutcomeListener implements TaskListener {

  static final Set<String> OUTCOMES = Set.of("QUERY", "INSPECT", "DECIDE");

  @Override
  public void notify(DelegateTask task) {
    Object outcome = task.getVariable(RegistrationVariables.SCRUTINY_OUTCOME);
    if (outcome == null || !OUTCOMES.contains(outcome.toString())) {
      throw new BadUserRequestException("scrutinyOutcome: must be one of " + OUTCOMES);
    }
    Object query = task.getVariable(RegistrationVariables.QUERY_TEXT);
    if ("QUERY".equals(outcome) && (query == null || query.toString().isBlank())) {
      throw new BadUserRequestException("queryText: a query must say what the applicant has to answer");
    }
    Object reasons = task.getVariable(RegistrationVariables.PANCHAYAT_OVERLAP_REASONS);
    if (Boolean.TRUE.equals(task.getVariable(RegistrationVariables.PANCHAYAT_SERVED)) && !"QUERY".equals(outcome)
        && (reasons == null || reasons.toString().isBlank())) {
      throw new BadUserRequestException(RegistrationVariables.PANCHAYAT_OVERLAP_REASONS
          + ": the gram panchayat already has an M-PACS (" + task.getVariable(RegistrationVariables.PANCHAYAT_SERVED_BY)
          + "); give your reasons for going ahead with a second");
    }
    if ("QUERY".equals(outcome)) {
      String officer = Context.getCommandContext().getAuthenticatedUserId();
      task.setVariable(RegistrationVariables.QUERIED_BY, officer != null ? officer : task.getAssignee());
    }
  }
}
