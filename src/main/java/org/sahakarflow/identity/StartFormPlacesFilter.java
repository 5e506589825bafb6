package org.sahakarflow.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Hands a start form to the one filing it with {@link StartFormPlaces}: Tasklist shows a Rajasthan
 * promoter Rajasthan's districts, not Tirupati. Administrators get the form as deployed.
 */
class StartFormPlacesFilter extends HttpFilter {

  private static final Pattern START_FORM = Pattern.compile(
      "process-definition/(key/)?[^/]+(/tenant-id/[^/]+)?/deployed-start-form");

  private final IdentityService identity;
  private final StartFormPlaces places;

  StartFormPlacesFilter(IdentityService identity, StartFormPlaces places) {
    this.identity = identity;
    this.places = places;
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String resource = EngineGuard.resource(request);
    if (!"GET".equals(request.getMethod()) || resource == null || !START_FORM.matcher(resource).matches()) {
      chain.doFilter(request, response);
      return;
    }
    EngineCaller caller = EngineCaller.of(request, identity);
    if (caller == null || caller.isAdmin() || caller.tenants().isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, answer);
    if (answer.getStatus() != HttpServletResponse.SC_OK || !isForm(answer.getContentType())) {
      answer.copyBodyToResponse();
      return;
    }
    String form = new String(answer.getContentAsByteArray(), StandardCharsets.UTF_8);
    byte[] offered = places.forFiler(form, caller.tenants()).getBytes(StandardCharsets.UTF_8);
    answer.resetBuffer();
    response.setContentLength(offered.length);
    response.getOutputStream().write(offered);
  }

  /** Camunda Forms come as JSON; an embedded HTML start form is left as it is. */
  private static boolean isForm(String contentType) {
    return contentType != null && contentType.toLowerCase().contains("json");
  }
}
