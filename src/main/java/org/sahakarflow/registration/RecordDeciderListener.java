package org.sahakarflow.registration;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Refuses a registration decision without its written reasons (the Acts require them, and
 * engine REST bypasses the form's checks), and a registration over the formation agency's negative
 * verdict without reasons that answer it; records who decided, for the certificate.
 */
@Component("recordDecider")
class RecordDeciderListener implements TaskListener {

  static final String REGISTER = "REGISTER";
  static final String REFUSE = "REFUSE";

  @Override
  public void notify(DelegateTask task) {
    Object decision = task.getVariable(RegistrationVariables.DECISION);
    if (!REGISTER.equals(decision) && !REFUSE.equals(decision)) {
      throw new BadUserRequestException("decision: must be REGISTER or REFUSE");
    }
    Object reasons = task.getVariable("refusalReasons");
    if (REFUSE.equals(decision) && (reasons == null || reasons.toString().isBlank())) {
      throw new BadUserRequestException("refusalReasons: written reasons are required to refuse");
    }
    Object overriding = task.getVariable(RegistrationVariables.REGISTRATION_REASONS);
    if (REGISTER.equals(decision)
        && RecordFormationVerdictListener.NEGATIVE.equals(task.getVariable(RegistrationVariables.FORMATION_VERDICT))
        && (overriding == null || overriding.toString().isBlank())) {
      throw new BadUserRequestException(RegistrationVariables.REGISTRATION_REASONS + ": the formation agency ("
          + task.getVariable(RegistrationVariables.FORMATION_AGENCY) + ") found against the society; registering"
          + " despite it needs written reasons that answer its findings");
    }
    String decider = Context.getCommandContext().getAuthenticatedUserId();
    task.setVariable("decidedBy", decider != null ? decider : task.getAssignee());
    task.setVariable("deemed", false);
  }
}
