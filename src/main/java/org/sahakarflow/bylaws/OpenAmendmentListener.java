package org.sahakarflow.bylaws;

import java.time.LocalDate;
import java.time.Period;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.sahakarflow.engine.CaseDecisions;
import org.sahakarflow.identity.UserMail;
import org.sahakarflow.sla.TimeLimits;
import org.sahakarflow.society.CaseSociety;
import org.sahakarflow.society.Societies;
import org.sahakarflow.system.CaseVariables;
import org.sahakarflow.system.EngineClock;
import org.sahakarflow.system.India;
import org.springframework.stereotype.Component;

/** Opens an amendment case, from Tasklist, the API or the Registrar's direction alike. */
@Component("openAmendment")
class OpenAmendmentListener implements ExecutionListener {

  private final CaseSociety societies;
  private final AmendmentOpening opening;
  private final BylawRules rules;
  private final TimeLimits limits;

  OpenAmendmentListener(CaseSociety societies, AmendmentOpening opening, BylawRules rules, TimeLimits limits) {
    this.societies = societies;
    this.opening = opening;
    this.rules = rules;
    this.limits = limits;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Societies.Society society = societies.actedFor(execution, "amend its bye-laws");
    boolean directed = execution.getVariable(BylawAdoption.DIRECTED_BY) != null;
    String caseNumber = opening.open(society, execution.getProcessInstanceId(), directed);
    CaseSociety.opened(execution, caseNumber, society);
    execution.setVariable(CaseVariables.APPLICANT_EMAIL, UserMail.of((String) execution.getVariable(CaseVariables.APPLICANT_ID)));
    BylawRules.Rules stateRules = rules.of(CaseDecisions.deploymentOf(execution), society.stateCode());
    // fixed for the case when it opens, as its other rules are: the model routes on them
    execution.setVariable(BylawAdoption.REFERRAL_DECISION_MONTHS, stateRules.referralDecisionMonths());
    execution.setVariable(BylawAdoption.REGISTRAR_REGISTERS_DIRECTED, stateRules.registrarRegistersDirected());
    if (directed) {
      // the society's time is a window like any other: a last day the office is closed moves on
      Period given = execution.getVariable(BylawAdoption.COMPLY_WITHIN_DAYS) instanceof Number days
          ? Period.ofDays(days.intValue()) : stateRules.directedPeriod();
      LocalDate complyBy = limits.lastDay(society.stateCode(), India.dateOf(EngineClock.date()), given);
      execution.setVariable(BylawAdoption.COMPLY_BY, complyBy.toString());
      execution.setVariable(BylawAdoption.DIRECTED_PERIOD_ENDS, India.endOf(complyBy));
    }
  }
}
