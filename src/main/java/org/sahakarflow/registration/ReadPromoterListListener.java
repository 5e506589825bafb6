package org.sahakarflow.registration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.sahakarflow.system.InvalidInputException;
import org.springframework.stereotype.Component;

/** Turns a revised promoter list typed in Tasklist into the case's {@code promoters} JSON. */
@Component("readPromoterList")
class ReadPromoterListListener implements TaskListener {

  private final ObjectMapper json;

  ReadPromoterListListener(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public void notify(DelegateTask task) {
    apply(task);
  }

  /** Replaces {@code promoterList} text, if the scope holds one, by the {@code promoters} list. */
  void apply(VariableScope scope) {
    Object text = scope.getVariable(PromoterList.FIELD);
    if (text == null || text.toString().isBlank()) {
      return;
    }
    try {
      scope.setVariable("promoters", SpinValues.jsonValue(
          json.writeValueAsString(PromoterList.parse(text.toString()))).create());
    } catch (InvalidInputException e) {
      throw new BadUserRequestException(e.problems().stream()
          .map(p -> p.field() + " " + p.reason()).collect(Collectors.joining("; ")));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("promoters cannot be written as JSON", e);
    }
    scope.removeVariable(PromoterList.FIELD);
  }
}
