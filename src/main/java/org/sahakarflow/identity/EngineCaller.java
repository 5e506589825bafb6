package org.sahakarflow.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.spi.ProcessEngineProvider;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.sahakarflow.identity.EngineAllowList.Role;

/** Who calls the engine: from HTTP Basic on {@code /engine-rest}, or the webapps' session. */
record EngineCaller(String userId, List<String> groups, List<String> tenants) {

  static EngineCaller of(HttpServletRequest request, IdentityService identity) {
    Authentication current = addressedEngineIdentity(identity).getCurrentAuthentication();
    if (current != null && current.getUserId() != null) {
      return new EngineCaller(current.getUserId(), nonNull(current.getGroupIds()),
          nonNull(current.getTenantIds()));
    }
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    for (UserAuthentication user : AuthenticationUtil.getAuthsFromSession(session).getAuthentications()) {
      if (user.getIdentityId() != null) {
        return new EngineCaller(user.getIdentityId(), nonNull(user.getGroupIds()),
            nonNull(user.getTenantIds()));
      }
    }
    return null;
  }

  /**
   * The engine REST signs the caller in on the engine its provider addresses, which is this
   * application's engine unless a JVM runs several (as a test run with several contexts does).
   */
  private static IdentityService addressedEngineIdentity(IdentityService ours) {
    ProcessEngine addressed = Provider.INSTANCE.getDefaultProcessEngine();
    return addressed == null ? ours : addressed.getIdentityService();
  }

  /** Found once, not by a service-loader scan on every request the guard sees. */
  private static final class Provider {
    static final ProcessEngineProvider INSTANCE = EngineUtil.getProcessEngineProvider();
  }

  boolean isAdmin() {
    return groups.contains(Groups.ADMIN);
  }

  /** Applicants are any user of group {@code applicants}; every other routed group is an office. */
  Set<Role> roles() {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String group : groups) {
      if (group.equals(Groups.MINISTRY)) {
        roles.add(Role.MINISTRY);
      } else if (group.equals(Groups.APPLICANTS)) {
        roles.add(Role.APPLICANT);
      } else if (group.contains(":")) {
        roles.add(Role.OFFICER);
      }
    }
    return roles;
  }

  private static <T> List<T> nonNull(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}
