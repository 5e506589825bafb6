package org.sahakarflow.identity;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * The States whose figures and records a caller reads across cases: the ministry and the
 * administrator every State, a State's Registrar's office ({@code rcs-state:<STATE>}) its own,
 * anyone else none. The one rule behind the ministry's views, the adoption count and the society
 * record's State-wide readers.
 */
public record StateScope(boolean allStates, Set<String> states) {

  public static StateScope of(Authentication authentication) {
    List<String> groups = authentication == null || authentication.getGroupIds() == null
        ? List.of() : authentication.getGroupIds();
    if (groups.contains(Groups.MINISTRY) || groups.contains(Groups.ADMIN)) {
      return new StateScope(true, Set.of());
    }
    String prefix = Groups.Role.RCS_STATE.prefix() + ":";
    Set<String> states = new TreeSet<>();
    groups.stream().filter(g -> g.startsWith(prefix)).forEach(g -> states.add(g.substring(prefix.length())));
    return new StateScope(false, Set.copyOf(states));
  }

  public boolean covers(String state) {
    return allStates || states.contains(state);
  }

  public boolean isEmpty() {
    return !allStates && states.isEmpty();
  }
}
