package org.sahakarflow.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The webapps' login form ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}}) held
 * to the {@link SignInThrottle}. Camunda answers a wrong user or password with 401 and a good one
 * with 200 (403 when the user may not use that app, which says nothing here: CSRF refusals are
 * 403 too).
 */
class WebappLoginThrottle extends HttpFilter {

  private final SignInThrottle throttle;

  WebappLoginThrottle(SignInThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws IOException, ServletException {
    if (!"POST".equals(request.getMethod()) || !request.getRequestURI().contains("/login/")) {
      chain.doFilter(request, response);
      return;
    }
    if (throttle.refuse(request, response)) {
      return;
    }
    chain.doFilter(request, response);
    if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      throttle.failed(request, SignInThrottle.Channel.WEBAPP);
    } else if (response.getStatus() == HttpServletResponse.SC_OK) {
      throttle.succeeded(request);
    }
  }
}
