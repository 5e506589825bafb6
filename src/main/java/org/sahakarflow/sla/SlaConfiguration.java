package org.sahakarflow.sla;

import java.time.Year;
import org.sahakarflow.system.AnswerCaches;
import org.sahakarflow.system.EngineClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.cache.CacheManagerCustomizer;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SlaConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(SlaConfiguration.class);

  @Bean
  WorkingDayCalendar workingDayCalendar(SlaProperties properties) {
    WorkingDayCalendar calendar = CalendarFiles.load(properties.holidays(), properties.workingWeek());
    for (Year year : calendar.yearsWithoutHolidays(EngineClock.today())) {
      // due dates still work, but they will fall on holidays until the year's list is added
      LOG.warn("{} lists no holidays for {}: SLA due dates there count only weekly offs; add the"
          + " year's central and State lists", properties.holidays().getDescription(), year);
    }
    return calendar;
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
