package org.sahakarflow.notification;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.sahakarflow.system.ModelProperties;
import org.springframework.stereotype.Component;

/**
 * A notice step's extension properties, read from its model and parsed once per process
 * definition: plain text, or an expression ({@code group:${escalationGroup}}) evaluated on the
 * step's execution.
 */
@Component
class NoticeStepProperties {

  private final Map<String, Map<String, Property>> byStep = new ConcurrentHashMap<>();

  /** The step's property values, by name; a name the step has no property for reads null. */
  Values of(DelegateExecution execution) {
    Map<String, Property> properties = byStep.computeIfAbsent(
        execution.getProcessDefinitionId() + '#' + execution.getCurrentActivityId(), key -> {
          Map<String, Property> parsed = new HashMap<>();
          ModelProperties.of((BaseElement) execution.getBpmnModelElementInstance())
              .forEach((name, text) -> parsed.put(name, Property.of(text)));
          return Collections.unmodifiableMap(parsed);
        });
    return new Values(properties, execution);
  }

  record Values(Map<String, Property> properties, DelegateExecution execution) {

    boolean has(String name) {
      return properties.containsKey(name);
    }

    Object get(String name) {
      Property property = properties.get(name);
      return property == null ? null : property.value(execution);
    }
  }

  private record Property(String text, Expression expression) {

    static Property of(String text) {
      boolean expression = text != null && (text.contains("${") || text.contains("#{"));
      return new Property(text, expression
          ? Context.getProcessEngineConfiguration().getExpressionManager().createExpression(text) : null);
    }

    Object value(DelegateExecution execution) {
      return expression == null ? text : expression.getValue(execution);
    }
  }
}
