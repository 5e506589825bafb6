package org.sahakarflow.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.AbstractSecurityWebApplicationInitializer;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * Closes Camunda 7's open defaults (the engine REST API is unauthenticated out of the box and the
 * admin webapp offers a first-run setup page to whoever comes first) and signs in the app's API.
 */
@Configuration
class WebSecurityConfig {

  @Bean
  FilterRegistrationBean<SetupEndpointGuard> setupEndpointGuard() {
    FilterRegistrationBean<SetupEndpointGuard> registration =
        new FilterRegistrationBean<>(new SetupEndpointGuard());
    registration.addUrlPatterns("/camunda/api/admin/setup/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ApiSecurityHeaders> apiSecurityHeaders() {
    FilterRegistrationBean<ApiSecurityHeaders> registration =
        new FilterRegistrationBean<>(new ApiSecurityHeaders());
    registration.addUrlPatterns("/api/*", "/verify/*", "/track", "/signup", "/signup/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication(
      SignInThrottle throttle) {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ThrottledEngineAuthentication(throttle));
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /**
   * HTTP Basic against the Camunda identity service for the app's own API and metrics; the user
   * then becomes the engine's current authentication for the request.
   */
  @Bean
  SecurityFilterChain apiSecurity(HttpSecurity http, IdentityService identity,
      SignInThrottle throttle, JdbcTemplate jdbc, ObjectMapper json) throws Exception {
    AuthenticationEntryPoint signIn = WebSecurityConfig::signInRequired;
    return http
        .authenticationProvider(new EnginePasswordProvider(identity, throttle))
        .httpBasic(basic -> basic.authenticationEntryPoint(signIn))
        .addFilterBefore(new ApiSignInThrottle(throttle), BasicAuthenticationFilter.class)
        .addFilterAfter(new WebappSessionUser(identity), BasicAuthenticationFilter.class)
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .addFilterAfter(new EngineAuthenticationFilter(identity), AuthorizationFilter.class)
        .addFilterAfter(new IdempotentSubmissions(jdbc, json), EngineAuthenticationFilter.class)
        .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(signIn))
        .anonymous(AbstractHttpConfigurer::disable)
        // every call brings its credentials, and the webapps' session stays Camunda's: none is
        // opened, none is searched for a saved sign-in, and WebappSessionUser's reading one does
        // not count as a sign-in that would give it a new id (session fixation)
        .securityContext(context -> context
            .securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .sessionManagement(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable)
        // a webapp session only ever reads here (WebappSessionUser); a change needs Basic
        .csrf(AbstractHttpConfigurer::disable)
        // ApiSecurityHeaders sets the API's own, and runs first so that a 401 carries them too
        .headers(AbstractHttpConfigurer::disable)
        .logout(AbstractHttpConfigurer::disable)
        .build();
  }

  /**
   * Spring Security on the API's paths alone (its auto-configured registration, on every path, is
   * excluded): the Camunda webapps and engine REST keep their own sign-in, CSRF, headers and
   * sessions, and its firewall and request wrappers never reach them. It keeps the place the API's
   * sign-in always had, right after ApiSecurityHeaders.
   */
  @Bean
  DelegatingFilterProxyRegistrationBean apiSecurityRegistration() {
    DelegatingFilterProxyRegistrationBean registration = new DelegatingFilterProxyRegistrationBean(
        AbstractSecurityWebApplicationInitializer.DEFAULT_FILTER_NAME);
    registration.addUrlPatterns("/api/*", "/actuator/prometheus", "/actuator/metrics/*",
        "/actuator/info");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<WebappLoginThrottle> webappLoginThrottle(SignInThrottle throttle) {
    FilterRegistrationBean<WebappLoginThrottle> registration =
        new FilterRegistrationBean<>(new WebappLoginThrottle(throttle));
    registration.addUrlPatterns("/camunda/api/admin/auth/user/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /**
   * The Basic challenge, with a body in the API's problem format. A script in the webapps says so
   * with X-Requested-With and gets the 401 without the challenge, which would open the browser's
   * own password dialog over the page.
   */
  private static void signInRequired(HttpServletRequest request, HttpServletResponse response,
      AuthenticationException refused) throws IOException {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"sahakar-flow\"");
    }
    response.setContentType("application/problem+json");
    response.getWriter().write("{\"title\":\"Unauthorized\",\"status\":401,"
        + "\"detail\":\"sign in with HTTP Basic using your Sahakar Flow user\"}");
  }
}
