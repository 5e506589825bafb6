package org.sahakarflow.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A reading request (GET, HEAD) without Basic credentials may come from a browser signed in to
 * Tasklist or Cockpit, so that the links in task forms (the application, its documents, the
 * certificate) open without a second sign-in; it is served as that user while the user exists.
 * Anything that changes state still needs Basic, so a cross-site page cannot make a signed-in
 * officer's browser act.
 */
class WebappSessionUser extends OncePerRequestFilter {

  private static final Set<String> READING = Set.of("GET", "HEAD");

  private final IdentityService identity;
  private final SecurityContextHolderStrategy contexts =
      SecurityContextHolder.getContextHolderStrategy();

  WebappSessionUser(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !READING.contains(request.getMethod());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws IOException, ServletException {
    if (contexts.getContext().getAuthentication() == null) {
      String userId = webappUser(request);
      if (userId != null) {
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(new PreAuthenticatedAuthenticationToken(userId, null, List.of()));
        contexts.setContext(context);
      }
    }
    chain.doFilter(request, response);
  }

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
}
