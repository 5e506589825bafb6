package org.sahakarflow.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API's HTTP Basic held to the {@link SignInThrottle}: credentials from an address in its wait
 * are refused before their password is checked ({@link EnginePasswordProvider} counts the checks).
 */
class ApiSignInThrottle extends OncePerRequestFilter {

  private final SignInThrottle throttle;

  ApiSignInThrottle(SignInThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return request.getHeader("Authorization") == null;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws IOException, ServletException {
    if (!throttle.refuse(request, response)) {
      chain.doFilter(request, response);
    }
  }
}
