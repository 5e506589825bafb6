package org.sahakarflow.insight;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.sahakarflow.identity.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Which States a caller may see in the ministry's views: the ministry (and the administrator, as
 * everywhere else) all of them, a State's
 * Registrar's office ({@code rcs-state:<STATE>}) its own; nobody else sees any (403), not even a
 * district officer of that State, whose work is single cases in Tasklist.
 */
record InsightScope(boolean allStates, Set<String> states) {

  static InsightScope of(Authentication authentication) {
    List<String> groups = authentication == null || authentication.getGroupIds() == null
        ? List.of() : authentication.getGroupIds();
    if (groups.contains(Groups.MINISTRY) || groups.contains(Groups.ADMIN)) {
      return new InsightScope(true, Set.of());
    }
    String prefix = Groups.Role.RCS_STATE.prefix() + ":";
    Set<String> states = new TreeSet<>();
    groups.stream().filter(g -> g.startsWith(prefix)).forEach(g -> states.add(g.substring(prefix.length())));
    if (states.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "the ministry's views are for the ministry and State registrars");
    }
    return new InsightScope(false, states);
  }

  /** Refuses a filter on a State outside the scope rather than answering with nothing. */
  void check(InsightFilter filter) {
    String state = filter.state() != null ? filter.state()
        : filter.district() != null ? filter.district().substring(0, 2) : null;
    if (!allStates && state != null && !states.contains(state)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "State " + state + " is outside your scope");
    }
  }
}
