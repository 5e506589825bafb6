package org.sahakarflow.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration
class EngineGuardConfig {

  @Bean
  FilterRegistrationBean<EngineGuard> engineGuard(IdentityService identity,
      EngineSubmissions submissions, ObjectMapper json) {
    FilterRegistrationBean<EngineGuard> registration =
        new FilterRegistrationBean<>(new EngineGuard(identity, submissions, json));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    // after the engine REST's HTTP Basic (HIGHEST_PRECEDENCE + 10), whose user it reads
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  @Bean
  FilterRegistrationBean<StartFormPlacesFilter> startFormPlacesFilter(IdentityService identity, StartFormPlaces places) {
    FilterRegistrationBean<StartFormPlacesFilter> registration =
        new FilterRegistrationBean<>(new StartFormPlacesFilter(identity, places));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    // inside the guard: only a call the guard let through is answered
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 21);
    return registration;
  }
}
