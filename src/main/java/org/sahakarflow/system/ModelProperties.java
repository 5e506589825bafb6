package org.sahakarflow.system;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/** The {@code camunda:properties} a model element declares, by name. */
public final class ModelProperties {

  private ModelProperties() {
  }

  public static Map<String, String> of(BaseElement element) {
    Map<String, String> properties = new HashMap<>();
    ExtensionElements extensions = element == null ? null : element.getExtensionElements();
    if (extensions != null) {
      for (CamundaProperties declared : extensions.getElementsQuery().filterByType(CamundaProperties.class).list()) {
        for (CamundaProperty property : declared.getCamundaProperties()) {
          properties.put(property.getCamundaName(), property.getCamundaValue());
        }
      }
    }
    return properties;
  }
}
