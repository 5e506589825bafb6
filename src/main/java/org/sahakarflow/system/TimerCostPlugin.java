package org.sahakarflow.system;

import java.util.ArrayList;
import java.util.List;
import javax.xml.datatype.DatatypeFactory;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.springframework.stereotype.Component;

/**
 * Every user task carries an SLA reminder timer and an escalation timer, and nearly every task is
 * done before either fires. Two costs of those timers bought nothing:
 *
 * <ul>
 *   <li>The job log recorded each timer's creation and its deletion (four rows per task, each
 *       after reading the job definition), saying only that the task had timers, which its own
 *       history already says. This history level is {@code full} without those rows: a timer that
 *       fires still logs its execution and a failing one its failures, so incidents keep their
 *       history, and async steps keep their whole log. It keeps the name and id of {@code full},
 *       so a database created at {@code full} starts unchanged.</li>
 *   <li>The engine parses a reminder cycle with a new {@link DatatypeFactory}, which JAXP finds by
 *       scanning every jar on the class path unless told which class to use.</li>
 * </ul>
 */
@Component
class TimerCostPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryLevel> levels = configuration.getCustomHistoryLevels() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryLevels());
    // the engine takes the last level whose name matches the configured one: this one
    levels.add(new FullWithoutTimerBookkeeping());
    configuration.setCustomHistoryLevels(levels);
    if (System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY) == null) {
      System.setProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY,
          DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
    }
  }

  static final class FullWithoutTimerBookkeeping extends HistoryLevelFull {

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
      if (entity instanceof TimerEntity
          && (eventType == HistoryEventTypes.JOB_CREATE || eventType == HistoryEventTypes.JOB_DELETE)) {
        return false;
      }
      return super.isHistoryEventProduced(eventType, entity);
    }
  }
}
