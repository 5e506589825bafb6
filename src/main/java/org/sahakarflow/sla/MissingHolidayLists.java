package org.sahakarflow.sla;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.Incident;
import org.sahakarflow.engine.EngineAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A due date or a last day counted into a year the calendar has no holiday list for (neither the
 * State's nor the central one) counts that year's holidays as working days. It is set all the
 * same, so the case moves, but never silently: the case gets an incident Cockpit shows the
 * administrator, naming the State and year to upload; the upload resolves it.
 */
@Component
class MissingHolidayLists {

  static final String INCIDENT = "holidayListMissing";
  private static final int PAGE = 500;
  private static final Logger LOG = LoggerFactory.getLogger(MissingHolidayLists.class);

  private final WorkingDayCalendar calendar;
  private final RuntimeService runtime;

  MissingHolidayLists(WorkingDayCalendar calendar, RuntimeService runtime) {
    this.calendar = calendar;
    this.runtime = runtime;
  }

  /** Flags the case being executed when a day from {@code from} to {@code to} falls in a year without a list. */
  void check(String stateCode, LocalDate from, LocalDate to, String what) {
    for (int year = from.getYear(); year <= to.getYear(); year++) {
      if (!calendar.hasListFor(stateCode, year)) {
        flag(stateCode, year, what + " on " + to);
      }
    }
  }

  /** Resolves the incidents of the lists now on record; their cases' dates stay as they were set. */
  int resolveListed() {
    // all pages first: resolving shrinks the query's result under a moving offset
    List<Incident> open = new ArrayList<>();
    for (int page = 0; ; page += PAGE) {
      int first = page;
      List<Incident> some = EngineAccess.withoutAuthorization(() -> runtime.createIncidentQuery()
          .incidentType(INCIDENT).orderByIncidentId().asc().listPage(first, PAGE));
      open.addAll(some);
      if (some.size() < PAGE) {
        break;
      }
    }
    int resolved = 0;
    for (Incident incident : open) {
      String list = incident.getConfiguration();
      if (!incident.getId().equals(incident.getRootCauseIncidentId()) || list == null) {
        // the calling process's copy goes with the incident that caused it
        continue;
      }
      int slash = list.indexOf('/');
      if (calendar.hasListFor(list.substring(0, slash), Integer.parseInt(list.substring(slash + 1)))) {
        EngineAccess.withoutAuthorization(() -> {
          runtime.resolveIncident(incident.getId());
          return null;
        });
        resolved++;
      }
    }
    return resolved;
  }

  private void flag(String stateCode, int year, String what) {
    String list = stateCode + '/' + year;
    BpmnExecutionContext context = Context.getBpmnExecutionContext();
    DelegateExecution execution = context != null ? context.getExecution() : null;
    String message = "no holiday list for " + stateCode + " (nor the central one) for " + year + ": " + what
        + " counts that year's holidays as working days; upload the list (POST /api/reference/holidays)";
    LOG.warn("case {}: {}", execution != null ? execution.getProcessBusinessKey() : "-", message);
    if (execution instanceof ExecutionEntity entity) {
      boolean flagged = entity.getIncidents().stream()
          .anyMatch(incident -> INCIDENT.equals(incident.getIncidentType()) && list.equals(incident.getConfiguration()));
      if (!flagged) {
        entity.createIncident(INCIDENT, list, message);
      }
    }
  }
}
