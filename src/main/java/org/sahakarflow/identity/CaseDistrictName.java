package org.sahakarflow.identity;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.sahakarflow.system.CaseVariables;

/**
 * Gives a starting case its district's name beside the code, so that Tasklist's task lists (filter
 * variables, see {@link AccessPolicy}) tell officers "Udaipur", not "RJ-UDR". A called process gets
 * its own from the district code it is handed.
 */
class CaseDistrictName implements ExecutionListener {

  static final String VARIABLE = "districtName";

  private final Places places;

  CaseDistrictName(Places places) {
    this.places = places;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (!execution.getId().equals(execution.getProcessInstanceId())) {
      return;
    }
    Object code = execution.getVariable(CaseVariables.DISTRICT_CODE);
    if (code != null && execution.getVariableLocal(VARIABLE) == null) {
      places.district(code.toString()).ifPresent(district -> execution.setVariableLocal(VARIABLE, district.name()));
    }
  }
}
