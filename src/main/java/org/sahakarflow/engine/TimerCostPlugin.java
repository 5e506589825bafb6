package org.sahakarflow.engine;

import java.util.ArrayList;
import java.util.List;
import javax.xml.datatype.DatatypeFactory;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.incident.DefaultIncidentHandler;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.impl.incident.IncidentHandler;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.stereotype.Component;

/**
 * Every user task carries an SLA reminder timer and an escalation timer, and nearly every task is
 * done before either fires. Three costs of those timers bought nothing:
 *
 * <ul>
 *   <li>The job log recorded each timer's creation and its deletion (four rows per task, each
 *       after reading the job definition), saying only that the task had timers, which its own
 *       history already says. This history level is {@code full} without those rows: a timer that
 *       fires still logs its execution and a failing one its failures, so incidents keep their
 *       history, and async steps keep their whole log. It keeps the name and id of {@code full},
 *       so a database created at {@code full} starts unchanged.</li>
 *   <li>Deleting a job looked up its failed-job incident, two queries per task. A job holds such an
 *       incident only once its retries are spent (the engine opens it when they reach 0 and
 *       resolves it when they are given back), so a job deleted with retries left is not asked
 *       about; one at 0 still is.</li>
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
    List<IncidentHandler> handlers = configuration.getCustomIncidentHandlers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomIncidentHandlers());
    handlers.add(new FailedJobIncidents());
    configuration.setCustomIncidentHandlers(handlers);
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

  /** The engine's failed-job incident handling, without the lookup for a job that cannot have one. */
  static final class FailedJobIncidents extends DefaultIncidentHandler {

    FailedJobIncidents() {
      super(Incident.FAILED_JOB_HANDLER_TYPE);
    }

    @Override
    public void resolveIncident(IncidentContext context) {
      if (mayHaveIncident(context)) {
        super.resolveIncident(context);
      }
    }

    @Override
    public void deleteIncident(IncidentContext context) {
      if (mayHaveIncident(context)) {
        super.deleteIncident(context);
      }
    }

    private static boolean mayHaveIncident(IncidentContext context) {
      JobEntity job = Context.getCommandContext().getDbEntityManager()
          .getCachedEntity(JobEntity.class, context.getConfiguration());
      return job == null || job.getRetries() <= 0;
    }
  }
}
