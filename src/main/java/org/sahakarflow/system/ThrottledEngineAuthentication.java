package org.sahakarflow.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * Camunda's HTTP Basic for engine REST, held to the {@link SignInThrottle}: an address in its wait
 * is refused before the password is checked, and every checked password counts.
 */
class ThrottledEngineAuthentication extends ProcessEngineAuthenticationFilter {

  private final SignInThrottle throttle;

  ThrottledEngineAuthentication(SignInThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  public void init(FilterConfig filterConfig) throws ServletException {
    super.init(filterConfig);
    authenticationProvider = new Counted(authenticationProvider);
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (((HttpServletRequest) request).getHeader("Authorization") != null
        && throttle.refuse((HttpServletRequest) request, (HttpServletResponse) response)) {
      return;
    }
    super.doFilter(request, response, chain);
  }

  private final class Counted implements AuthenticationProvider {
    private final AuthenticationProvider checks;

    Counted(AuthenticationProvider checks) {
      this.checks = checks;
    }

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
      AuthenticationResult result = checks.extractAuthenticatedUser(request, engine);
      if (result.isAuthenticated()) {
        throttle.succeeded(request);
      } else if (result.getAuthenticatedUser() != null) {
        // a user name came with it, so a password was checked (no credentials at all is no guess)
        throttle.failed(request, SignInThrottle.Channel.ENGINE_REST);
      }
      return result;
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
      checks.augmentResponseByAuthenticationChallenge(response, engine);
    }
  }
}
