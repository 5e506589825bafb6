package org.sahakarflow.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses Camunda's first-run admin setup for good: administrators are created from
 * configuration at start ({@code SAHAKAR_ADMIN_ID}/{@code SAHAKAR_ADMIN_PASSWORD}), never by the
 * first visitor of an empty installation.
 */
class SetupEndpointGuard extends HttpFilter {

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws IOException, ServletException {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("application/problem+json");
    response.getWriter().write("{\"title\":\"Forbidden\",\"status\":403,"
        + "\"detail\":\"the first-run setup is disabled; administrators come from configuration\"}");
  }
}
