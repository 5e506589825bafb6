package org.sahakarflow.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * HTTP Basic against the Camunda identity service for the app's own API and metrics. The user's
 * groups and tenants become the engine's current authentication for the request, so every engine
 * call made while serving it is checked by Camunda's authorization, exactly as in Tasklist.
 * A reading request (GET, HEAD) may instead come from a browser signed in to Tasklist or Cockpit,
 * so that the links in task forms (the application, its documents, the certificate) open without
 * a second sign-in; anything that changes state still needs Basic, so a cross-site page cannot
 * make a signed-in officer's browser act.
 */
class ApiAuthenticationFilter extends HttpFilter {

  private static final String BASIC = "Basic ";
  private static final Set<String> READING = Set.of("GET", "HEAD");

  private final IdentityService identity;
  private final SignInThrottle throttle;

  ApiAuthenticationFilter(IdentityService identity, SignInThrottle throttle) {
    this.identity = identity;
    this.throttle = throttle;
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws IOException, ServletException {
    if (request.getHeader("Authorization") != null && throttle.refuse(request, response)) {
      return;
    }
    String userId = authenticate(request);
    if (userId == null && READING.contains(request.getMethod())) {
      userId = webappUser(request);
    }
    if (userId == null) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader("WWW-Authenticate", "Basic realm=\"sahakar-flow\"");
      response.setContentType("application/problem+json");
      response.getWriter().write("{\"title\":\"Unauthorized\",\"status\":401,"
          + "\"detail\":\"sign in with HTTP Basic using your Sahakar Flow user\"}");
      return;
    }
    List<String> groups = identity.createGroupQuery().groupMember(userId).unlimitedList().stream()
        .map(Group::getId).toList();
    List<String> tenants = identity.createTenantQuery().userMember(userId)
        .includingGroupsOfUser(true).unlimitedList().stream().map(Tenant::getId).toList();
    identity.setAuthentication(userId, groups, tenants);
    try {
      chain.doFilter(new AuthenticatedRequest(request, userId), response);
    } finally {
      identity.clearAuthentication();
    }
  }

  /** The user signed in to the Camunda webapps in this browser session, if still a user. */
  private String webappUser(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    return AuthenticationUtil.getAuthsFromSession(session).getAuthentications().stream()
        .map(UserAuthentication::getIdentityId)
        .filter(id -> id != null && identity.createUserQuery().userId(id).count() == 1)
        .findFirst().orElse(null);
  }

  private String authenticate(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
      return null;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).trim()),
          StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    String userId = decoded.substring(0, colon);
    if (identity.checkPassword(userId, decoded.substring(colon + 1))) {
      throttle.succeeded(request);
      return userId;
    }
    throttle.failed(request, SignInThrottle.Channel.API);
    return null;
  }

  private static final class AuthenticatedRequest extends HttpServletRequestWrapper {
    private final String userId;

    AuthenticatedRequest(HttpServletRequest request, String userId) {
      super(request);
      this.userId = userId;
    }

    @Override
    public String getRemoteUser() {
      return userId;
    }
  }
}
