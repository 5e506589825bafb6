package org.sahakarflow.identity;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;

/** A user's mail address, read inside an engine command whoever the caller is (a start listener). */
public final class UserMail {

  private UserMail() {
  }

  public static String of(String userId) {
    if (userId == null) {
      return null;
    }
    User user = Context.getCommandContext().runWithoutAuthorization(() -> Context.getProcessEngineConfiguration()
        .getIdentityService().createUserQuery().userId(userId).singleResult());
    return user == null ? null : user.getEmail();
  }
}
