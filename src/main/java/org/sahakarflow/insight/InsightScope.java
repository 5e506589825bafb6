package org.sahakarflow.insight;

import java.util.Set;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.sahakarflow.identity.StateScope;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The ministry's views in a caller's {@link StateScope}: nobody outside any scope sees them (403),
 * not even a district officer, whose work is single cases in Tasklist.
 */
record InsightScope(boolean allStates, Set<String> states) {

  static InsightScope of(Authentication authentication) {
    StateScope scope = StateScope.of(authentication);
    if (scope.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "the ministry's views are for the ministry and State registrars");
    }
    return new InsightScope(scope.allStates(), scope.states());
  }

  /** Refuses a filter on a State outside the scope rather than answering with nothing. */
  void check(InsightFilter filter) {
    String state = filter.state() != null ? filter.state()
        : filter.district() != null ? filter.district().substring(0, 2) : null;
    if (state != null && !allStates && !states.contains(state)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "State " + state + " is outside your scope");
    }
  }
}
