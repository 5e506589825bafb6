package org.sahakarflow.system;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one {@code Clock} bean is the engine's clock in India's zone: beans and the engine agree on now. */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

  @Bean
  Clock clock() {
    return EngineClock.INSTANCE;
  }
}
