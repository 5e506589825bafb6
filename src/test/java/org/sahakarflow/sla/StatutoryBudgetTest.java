package org.sahakarflow.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.engine.CaseDecisions;
import org.sahakarflow.identity.Places;
import org.sahakarflow.system.India;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The model check that each State's step SLAs fit inside its statutory limit: a case whose every
 * step is done on its due date, along the longest path to a decision without a query (a query
 * stops no statutory clock, but its reply window is the applicant's, not the office's), is decided
 * before the limit expires, for a submission on any day of the year. Officer steps only: the
 * applicant's upload is part of the application the limit runs from. A bye-law amendment's
 * Registrar and, where the Act refers an undecided amendment, the higher officer likewise.
 */
@SahakarTest
class StatutoryBudgetTest {

  static final List<String> REGISTRATIONS = List.of("mpacs-registration", "dairy-registration",
      "fisheries-registration");
  static final String BYLAWS = "bye-law-adoption";

  @Autowired
  SlaPolicy policy;
  @Autowired
  DueDateCalculator dates;
  @Autowired
  Places places;
  @Autowired
  CaseDecisions decisions;

  @Test
  void everyStatesOfficeStepsFitItsStatutoryLimit() {
    List<String> overruns = new ArrayList<>();
    Map<String, Integer> worstMargin = new HashMap<>();
    for (String process : REGISTRATIONS) {
      List<Step> steps = officerSteps(process);
      assertThat(steps).as(process + " walks through the registrar's scrutiny and decision")
          .contains(new Step("registrar-decision", "Task_ScrutiniseApplication"),
              new Step("registrar-decision", "Task_DecideRegistration"));
      for (Places.State state : places.states()) {
        StatutoryLimit limit = policy.statutoryLimit(null, state.code(), process);
        for (LocalDate day = LocalDate.of(2026, 1, 1); day.getYear() == 2026; day = day.plusDays(1)) {
          Instant submitted = day.atTime(11, 0).atZone(India.ZONE).toInstant();
          Instant done = submitted;
          for (Step step : steps) {
            done = dates.dueAt(state.code(), done,
                policy.stepSla(null, state.code(), step.processKey(), step.id()).workingDays());
          }
          Instant expiry = dates.statutoryLimitAt(submitted, limit.limit());
          long margin = Duration.between(done, expiry).toDays();
          worstMargin.merge(state.code() + " " + process, (int) margin, Math::min);
          if (done.isAfter(expiry)) {
            overruns.add(state.code() + " " + process + " submitted " + day + ": steps " + steps + " end "
                + India.dateOf(Date.from(done)) + ", the " + limit.limit() + " limit "
                + India.dateOf(Date.from(expiry)));
            break;
          }
        }
      }
    }
    System.out.println("tightest margin (days) per State and process: " + new TreeMap<>(worstMargin));
    assertThat(overruns).as("step SLAs that cannot be met inside the statutory limit").isEmpty();
  }

  /**
   * A bye-law amendment: the Registrar's steps inside his decision fit the State's limit from the
   * submission; where the Act refers an undecided amendment to the next higher officer
   * ({@code bye-law-rules.dmn}), that officer's steps fit the months he has from a referral on any
   * day of the year, before the amendment is deemed registered.
   */
  @Test
  void everyStatesAmendmentStepsFitTheRegistrarsLimitAndTheHigherOfficersReferral() {
    BpmnModelInstance model = model(BYLAWS);
    List<String> registrar = stepsOf(model, "SubProcess_RegistrarDecision");
    List<String> referral = stepsOf(model, "SubProcess_ReferredToHigherOfficer");
    assertThat(registrar).contains("Task_ScrutiniseAmendment");
    assertThat(referral).containsExactly("Task_DecideReferredAmendment");
    List<String> overruns = new ArrayList<>();
    Set<String> referring = new HashSet<>();
    for (Places.State state : places.states()) {
      StatutoryLimit limit = policy.statutoryLimit(null, state.code(), BYLAWS);
      Object months = decisions.evaluate("bye-law-rules", null, Map.of("stateCode", state.code()))
          .getFirstResult().getEntryMap().get("referralDecisionMonths");
      for (LocalDate day = LocalDate.of(2026, 1, 1); day.getYear() == 2026; day = day.plusDays(1)) {
        Instant start = day.atTime(11, 0).atZone(India.ZONE).toInstant();
        fits(state.code(), registrar, start, dates.statutoryLimitAt(start, limit.limit()), day, overruns);
        if (months != null) {
          referring.add(state.code());
          Instant referred = day.atStartOfDay(India.ZONE).toInstant();
          fits(state.code(), referral, referred,
              dates.statutoryLimitAt(referred, Period.ofMonths(((Number) months).intValue())), day, overruns);
        }
      }
    }
    assertThat(referring).as("States whose Act refers an undecided amendment").contains("MH");
    assertThat(overruns).as("amendment step SLAs that cannot be met inside the time the Act gives").isEmpty();
  }

  private void fits(String stateCode, List<String> steps, Instant start, Instant expiry, LocalDate day,
      List<String> overruns) {
    Instant done = start;
    for (String step : steps) {
      done = dates.dueAt(stateCode, done, policy.stepSla(null, stateCode, BYLAWS, step).workingDays());
    }
    if (done.isAfter(expiry) && overruns.stream().noneMatch(o -> o.startsWith(stateCode + " " + steps))) {
      overruns.add(stateCode + " " + steps + " from " + day + " end " + India.dateOf(Date.from(done))
          + ", after " + India.dateOf(Date.from(expiry)));
    }
  }

  /** The officers' user tasks along the longest path through a subprocess of the model. */
  private static List<String> stepsOf(BpmnModelInstance model, String subProcessId) {
    SubProcess sub = model.getModelElementById(subProcessId);
    StartEvent start = sub.getChildElementsByType(StartEvent.class).iterator().next();
    List<String> steps = walk(start, new HashSet<>());
    return steps == null ? List.of() : steps;
  }

  /**
   * The user tasks of officers along the longest loop-free path from the process's start to its
   * registration, the called registrar's decision included; a loop back (a query, a revision) is
   * not a path to the end.
   */
  static List<Step> officerSteps(String processKey) {
    List<Step> steps = new ArrayList<>();
    for (String step : longestPath(model(processKey))) {
      if (step.startsWith("call:")) {
        String called = step.substring(5);
        longestPath(model(called)).forEach(inner -> steps.add(new Step(called, inner)));
      } else {
        steps.add(new Step(processKey, step));
      }
    }
    return steps;
  }

  /** A user task, by the process whose SLA rows apply to it. */
  record Step(String processKey, String id) {
    @Override
    public String toString() {
      return id;
    }
  }

  private static BpmnModelInstance model(String processKey) {
    return Bpmn.readModelFromFile(Path.of("bpmn", processKey + ".bpmn").toFile());
  }

  private static List<String> longestPath(BpmnModelInstance model) {
    Process process = model.getModelElementsByType(Process.class).iterator().next();
    StartEvent start = process.getChildElementsByType(StartEvent.class).iterator().next();
    List<String> best = walk(start, new HashSet<>());
    return best == null ? List.of() : best;
  }

  /** The heaviest path to an end event of the process level (null when none), by officer steps. */
  private static List<String> walk(FlowNode node, Set<String> onPath) {
    if (!onPath.add(node.getId())) {
      return null;
    }
    try {
      List<String> here = new ArrayList<>();
      if (node instanceof UserTask task && task.getCamundaCandidateUsers() == null) {
        here.add(task.getId());
      } else if (node instanceof CallActivity call) {
        here.add("call:" + call.getCalledElement());
      } else if (node instanceof SubProcess sub && !sub.triggeredByEvent()) {
        StartEvent inner = sub.getChildElementsByType(StartEvent.class).iterator().next();
        List<String> innerPath = walk(inner, new HashSet<>());
        if (innerPath == null) {
          return null;
        }
        here.addAll(innerPath);
      }
      if (node instanceof EndEvent) {
        return here;
      }
      List<String> best = null;
      for (SequenceFlow flow : node.getOutgoing()) {
        List<String> rest = walk(flow.getTarget(), onPath);
        if (rest != null && (best == null || rest.size() > best.size())) {
          best = rest;
        }
      }
      if (best == null) {
        return null;
      }
      here.addAll(best);
      return here;
    } finally {
      onPath.remove(node.getId());
    }
  }
}
