package org.sahakarflow;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** Users beyond the demo ones, signing in with the demo password; created once per test database. */
public final class TestUsers {

  private TestUsers() {
  }

  /** @return the user id, of a user in {@code group} and the tenant of {@code stateCode} */
  public static String ensure(IdentityService identity, String userId, String group, String stateCode) {
    if (identity.createUserQuery().userId(userId).count() == 0) {
      User user = identity.newUser(userId);
      user.setFirstName(userId);
      user.setLastName("Test");
      user.setEmail(userId + "@example.in");
      user.setPassword(Http.DEMO_PASSWORD);
      identity.saveUser(user);
      identity.createMembership(userId, group);
      identity.createTenantUserMembership(stateCode, userId);
    }
    return userId;
  }
}
