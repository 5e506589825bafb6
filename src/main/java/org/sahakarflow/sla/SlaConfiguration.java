package org.sahakarflow.sla;

import org.sahakarflow.system.AnswerCaches;
import org.springframework.boot.autoconfigure.cache.CacheManagerCustomizer;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SlaConfiguration {

  @Bean
  WorkingDayCalendar workingDayCalendar(SlaProperties properties) {
    return CalendarFiles.load(properties.holidays(), properties.workingWeek());
  }

  @Bean
  DueDateCalculator dueDateCalculator(WorkingDayCalendar calendar, SlaProperties properties) {
    return new DueDateCalculator(calendar, properties.officeClose());
  }

  @Bean
  CacheManagerCustomizer<CaffeineCacheManager> slaPolicyCaches(SlaProperties properties) {
    return AnswerCaches.keptFor(properties.policyCache(), SlaPolicy.STEP_DECISION,
        SlaPolicy.LIMIT_DECISION);
  }
}
