package org.sahakarflow.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The signed-in user, with their groups and tenants, as the engine's current authentication while
 * the API serves them, so every engine call made for the request is checked by Camunda's
 * authorization exactly as in Tasklist.
 */
class EngineAuthenticationFilter extends OncePerRequestFilter {

  private final IdentityService identity;

  EngineAuthenticationFilter(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws IOException, ServletException {
    String userId = SecurityContextHolder.getContextHolderStrategy().getContext()
        .getAuthentication().getName();
    List<String> groups = identity.createGroupQuery().groupMember(userId).unlimitedList().stream()
        .map(Group::getId).toList();
    List<String> tenants = identity.createTenantQuery().userMember(userId)
        .includingGroupsOfUser(true).unlimitedList().stream().map(Tenant::getId).toList();
    identity.setAuthentication(userId, groups, tenants);
    try {
      chain.doFilter(request, response);
    } finally {
      identity.clearAuthentication();
    }
  }
}
