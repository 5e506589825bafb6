package org.sahakarflow.system;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.boot.autoconfigure.cache.CacheManagerCustomizer;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Configuration;

/**
 * Answers of rules tables (DMN), kept for a while by {@code @Cacheable}. Asking the engine for a
 * decision looks up its latest version, evaluates FEEL and writes decision history each time, for
 * an answer that changes only when an administrator deploys new rules; a newly deployed table
 * applies once the kept answer lapses.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
public class AnswerCaches {

  /**
   * Each feature sets how long its answers are kept, so a cache is registered by the feature that
   * owns the setting rather than by one {@code spring.cache.caffeine.spec} for all.
   *
   * @param names the caches, one per decision
   */
  public static CacheManagerCustomizer<CaffeineCacheManager> keptFor(Duration keep, String... names) {
    return caches -> {
      for (String name : names) {
        caches.registerCustomCache(name, Caffeine.newBuilder().expireAfterWrite(keep).build());
      }
    };
  }
}
