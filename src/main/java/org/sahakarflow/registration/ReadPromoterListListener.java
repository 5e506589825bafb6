package org.sahakarflow.registration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.sahakarflow.system.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Turns a revised promoter list typed in Tasklist into the case's {@code promoters} JSON; and, as
 * the revision opens, writes the case's promoters into the task as that text, so that the applicant
 * corrects the list rather than typing it again.
 */
@Component("readPromoterList")
class ReadPromoterListListener implements TaskListener {

  private final ObjectMapper json;

  ReadPromoterListListener(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public void notify(DelegateTask task) {
    if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
      prefill(task);
    } else {
      revise(task);
    }
  }

  private void prefill(DelegateTask task) {
    Object promoters = task.getVariable("promoters");
    if (promoters == null) {
      return;
    }
    try {
      String text = PromoterList.format(json.readValue(promoters.toString(),
          new TypeReference<List<RegistrationRequest.Promoter>>() { }));
      task.setVariableLocal(PromoterList.FIELD, text);
      task.setVariableLocal(PromoterList.AS_FILED, text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the promoters of this case are not a list", e);
    }
  }

  /**
   * A form submission writes over the task's own copy of the list; a completion with variables
   * writes beside it, on the case. The list left as it was filed changes nothing (a revision may
   * also set {@code promoters} directly).
   */
  private void revise(DelegateTask task) {
    Object submitted = task.getExecution().getVariable(PromoterList.FIELD);
    if (submitted == null) {
      submitted = task.getVariableLocal(PromoterList.FIELD);
    }
    Object asFiled = task.getVariableLocal(PromoterList.AS_FILED);
    task.removeVariablesLocal(List.of(PromoterList.FIELD, PromoterList.AS_FILED));
    task.getExecution().removeVariable(PromoterList.FIELD);
    if (submitted != null && !submitted.equals(asFiled)) {
      read(task, submitted);
    }
  }

  /** Replaces {@code promoterList} text, if the scope holds one, by the {@code promoters} list. */
  void apply(VariableScope scope) {
    Object text = scope.getVariable(PromoterList.FIELD);
    scope.removeVariable(PromoterList.FIELD);
    if (text != null) {
      read(scope, text);
    }
  }

  private void read(VariableScope scope, Object text) {
    if (text.toString().isBlank()) {
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
  }
}
