package org.sahakarflow.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.DefaultFailedJobParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.FailedJobRetryConfiguration;
import org.camunda.bpm.engine.impl.calendar.DurationHelper;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.ParseUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Every async step and timer retries on the configured cycle instead of the engine's three attempts
 * within a second, so that an SMTP or database outage of minutes heals without an operator and an
 * incident means the whole cycle was spent. A model may set a step's cycle
 * ({@code camunda:failedJobRetryTimeCycle}); the configuration's cycle for a step overrides both.
 */
@Component
class JobRetryPolicy extends AbstractProcessEnginePlugin {

  private final JobRetryProperties properties;

  JobRetryPolicy(JobRetryProperties properties) {
    this.properties = properties;
    check("sahakar.jobs.retry-cycle", properties.retryCycle());
    properties.retryCycleByStep().forEach((step, cycle) -> check("sahakar.jobs.retry-cycle-by-step." + step, cycle));
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // read by the engine's own parse listener for each async step and timer without a cycle of its own
    configuration.setFailedJobRetryTimeCycle(properties.retryCycle());
    if (properties.retryCycleByStep().isEmpty()) {
      return;
    }
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new StepCycles(properties.retryCycleByStep()));
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  private static void check(String property, String cycle) {
    FailedJobRetryConfiguration parsed;
    try {
      parsed = ParseUtil.parseRetryIntervals(cycle);
      for (String interval : parsed.getRetryIntervals()) {
        new DurationHelper(interval);
      }
    } catch (Exception e) {
      throw new IllegalStateException(property + " = '" + cycle + "' is not a retry cycle: ISO-8601 durations"
          + " separated by commas (PT1M,PT5M) or one repeat (R5/PT10M)", e);
    }
    if (parsed == null || parsed.getRetryIntervals().isEmpty()) {
      throw new IllegalStateException(property + " is empty");
    }
  }

  /** Sets the configured steps' cycles after the engine's listener has set the model's or the default. */
  private static final class StepCycles extends AbstractBpmnParseListener {

    private final Map<String, String> cycles;

    StepCycles(Map<String, String> cycles) {
      this.cycles = cycles;
    }

    @Override
    public void parseRootElement(Element rootElement, List<ProcessDefinitionEntity> processDefinitions) {
      for (ProcessDefinitionEntity definition : processDefinitions) {
        apply(definition.getKey(), definition);
      }
    }

    private void apply(String processKey, ScopeImpl scope) {
      for (ActivityImpl activity : scope.getActivities()) {
        String cycle = cycles.getOrDefault(processKey + ":" + activity.getId(), cycles.get(activity.getId()));
        if (cycle != null) {
          activity.getProperties().set(DefaultFailedJobParseListener.FAILED_JOB_CONFIGURATION,
              ParseUtil.parseRetryIntervals(cycle));
        }
        apply(processKey, activity);
      }
    }
  }
}
