package org.sahakarflow.credit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/** The member-wise KCC demand, typed one member a line, becomes the case's demand and its total. */
@Component("readKccDemand")
class ReadKccDemandListener implements TaskListener {

  private final CreditRegister register;
  private final ObjectMapper json;

  ReadKccDemandListener(CreditRegister register, ObjectMapper json) {
    this.register = register;
    this.json = json;
  }

  @Override
  public void notify(DelegateTask task) {
    KccDemand.Demand demand;
    try {
      demand = KccDemand.parse((String) task.getVariable(CreditLinkage.KCC_LINES));
    } catch (IllegalArgumentException e) {
      throw new BadUserRequestException(CreditLinkage.KCC_LINES + ": " + e.getMessage());
    }
    try {
      task.getExecution().setVariable(CreditLinkage.KCC_DEMAND,
          SpinValues.jsonValue(json.writeValueAsString(demand.members())).create());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the KCC demand", e);
    }
    task.getExecution().setVariable(CreditLinkage.KCC_DEMAND_TOTAL, demand.total());
    register.demanded(task.getProcessInstanceId(), demand.total());
  }
}
