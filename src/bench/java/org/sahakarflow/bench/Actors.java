package org.sahakarflow.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * The people who act on a benchmark case, signed in as Tasklist signs them in: their groups and
 * their tenants (directly or through a group), resolved once per user like a session.
 */
final class Actors {

  static final String APPLICANT = "applicant.rj-udr";
  static final String NABARD = "nabard.rj";
  static final String REGISTRAR = "rcs.rj-udr";
  static final String INSPECTOR = "inspector.rj-udr";

  private final IdentityService identity;
  private final Map<String, Authentication> sessions = new HashMap<>();

  Actors(IdentityService identity) {
    this.identity = identity;
  }

  /** Runs the action with the user as the engine's current authentication. */
  <T> T as(String userId, Supplier<T> action) {
    identity.setAuthentication(sessions.computeIfAbsent(userId, this::login));
    try {
      return action.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  /** The user's groups and tenants, resolved once per user like a session. */
  Authentication session(String userId) {
    return sessions.computeIfAbsent(userId, this::login);
  }

  private Authentication login(String userId) {
    return new Authentication(userId,
        identity.createGroupQuery().groupMember(userId).unlimitedList().stream().map(Group::getId).toList(),
        identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).unlimitedList()
            .stream().map(Tenant::getId).toList());
  }
}
