package org.sahakarflow.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Browser protections on every answer of the app's own API, its pages and documents, errors
 * included (set before anything else runs, so a 401 or 404 carries them too). Nothing frames these
 * pages: task forms link to them, and Cockpit's plugin reads its own endpoints. The pages have no
 * script of their own; scripts from this origin stay allowed for the API's documentation page.
 */
class ApiSecurityHeaders extends HttpFilter {

  static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
      + " img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self';"
      + " frame-ancestors 'none'";

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Content-Security-Policy", POLICY);
    // application numbers are in the paths; they stay on this site
    response.setHeader("Referrer-Policy", "no-referrer");
    chain.doFilter(request, response);
  }
}
