package org.sahakarflow.bylaws;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.json.SpinJsonNode;
import org.sahakarflow.engine.CaseDecisions;
import org.sahakarflow.society.Societies;
import org.sahakarflow.system.CaseVariables;
import org.sahakarflow.system.EngineClock;
import org.sahakarflow.system.India;
import org.springframework.stereotype.Component;

/**
 * Registers the amendment: the society's record now carries the Model Bye-laws and the activities
 * adopted, in the same transaction as the Registrar's decision, or as of the day the Act deems it
 * registered.
 */
@Component("registerAmendment")
class RegisterAmendmentDelegate implements JavaDelegate {

  private final Societies societies;
  private final AmendmentRegister amendments;
  private final BylawRules rules;

  RegisterAmendmentDelegate(Societies societies, AmendmentRegister amendments, BylawRules rules) {
    this.societies = societies;
    this.amendments = amendments;
    this.rules = rules;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String registrationNumber = (String) execution.getVariable(CaseVariables.REGISTRATION_NUMBER);
    List<String> activities = activities(execution.getVariable(BylawAdoption.ACTIVITIES));
    String version = rules.of(CaseDecisions.deploymentOf(execution), (String) execution.getVariable(CaseVariables.STATE_CODE)).modelVersion();
    boolean deemed = Boolean.TRUE.equals(execution.getVariable(BylawAdoption.DEEMED));
    // a deemed registration takes effect on the day the Act says, whenever the job runs
    LocalDate registeredOn = deemed
        ? LocalDate.parse((String) execution.getVariable(CaseVariables.DEEMED_REGISTRATION_ON))
        : India.dateOf(EngineClock.date());
    societies.recordModelByeLaws(registrationNumber, version, activities, registeredOn);
    amendments.registered(execution.getProcessInstanceId(), activities, version, registeredOn,
        deemed ? null : (String) execution.getVariable(BylawAdoption.DECIDED_BY), deemed);
    execution.setVariable(BylawAdoption.AMENDMENT_REGISTERED_ON, registeredOn.toString());
    execution.setVariable("byeLawVersion", version);
  }

  static List<String> activities(Object value) {
    return value instanceof SpinJsonNode json
        ? json.elements().stream().map(SpinJsonNode::stringValue).toList()
        : ModelActivity.parse(value);
  }
}
