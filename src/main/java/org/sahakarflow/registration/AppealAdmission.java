package org.sahakarflow.registration;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.sahakarflow.identity.RegisteringOfficers;
import org.sahakarflow.system.CaseVariables;
import org.sahakarflow.system.ConflictException;
import org.sahakarflow.system.EngineClock;
import org.sahakarflow.system.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Admits an appeal only against a refusal, by the applicant who was refused, within the State's
 * appeal window, and one at a time; the admitted appeal carries the refused case's facts.
 */
@Component
class AppealAdmission {

  static final String APPEAL_PROCESS = "registration-appeal";
  static final String DECISION_PROCESS = "registrar-decision";
  static final List<String> CARRIED = List.of(CaseVariables.STATE_CODE, CaseVariables.DISTRICT_CODE, CaseVariables.SOCIETY_NAME, CaseVariables.SOCIETY_TYPE,
      RegisteringOfficers.VARIABLE,
      "districtName", "areaOfOperation", CaseVariables.APPLICANT_EMAIL, "chiefPromoterMobile", "refusalReasons", "refusedOn",
      "appealDeadline", "shareCapitalPaid", "modelByeLawsAdopted");

  private final HistoryService history;
  private final RuntimeService runtime;

  AppealAdmission(HistoryService history, RuntimeService runtime) {
    this.history = history;
    this.runtime = runtime;
  }

  /** The refused case's variables to carry into the appeal, or a 400/409 naming what is wrong. */
  Map<String, Object> admit(String applicationNumber, String appellant) {
    List<HistoricProcessInstance> decided = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(DECISION_PROCESS).processInstanceBusinessKey(applicationNumber)
        .finished().orderByProcessInstanceEndTime().desc().listPage(0, 1);
    if (decided.isEmpty()) {
      throw new InvalidInputException("applicationNumber", "no decided application has this number");
    }
    Map<String, Object> facts = new HashMap<>();
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
        .processInstanceId(decided.get(0).getId()).disableCustomObjectDeserialization().listPage(0, 200)) {
      facts.put(variable.getName(), variable.getValue());
    }
    if (!RecordDeciderListener.REFUSE.equals(facts.get(RegistrationVariables.DECISION))) {
      throw new InvalidInputException("applicationNumber", "the application was not refused");
    }
    if (appellant == null || !appellant.equals(facts.get(CaseVariables.APPLICANT_ID))) {
      throw new InvalidInputException("applicationNumber", "only the applicant who was refused may appeal");
    }
    LocalDate today = EngineClock.today();
    if (today.isAfter(LocalDate.parse((String) facts.get("appealDeadline")))) {
      throw new InvalidInputException("applicationNumber",
          "the appeal window closed on " + facts.get("appealDeadline"));
    }
    if (runtime.createProcessInstanceQuery().processDefinitionKey(APPEAL_PROCESS)
        .processInstanceBusinessKey(applicationNumber).count() > 0) {
      throw new ConflictException("an appeal against " + applicationNumber + " is already pending");
    }
    Map<String, Object> carried = new HashMap<>();
    CARRIED.forEach(name -> carried.put(name, facts.get(name)));
    return carried;
  }
}
