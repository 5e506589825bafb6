package org.sahakarflow.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.society.SocietyType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.cache.interceptor.SimpleKey;

/** Thresholds are kept for a while rather than asked of the engine twice per application. */
@SahakarTest
class EligibilityRulesTest {

  @Autowired
  EligibilityRules rules;
  @Autowired
  CacheManager caches;

  @Test
  void thresholdsAreKeptForTheConfiguredMinute() {
    EligibilityRules.Thresholds thresholds = rules.thresholdsFor(null, "RJ", SocietyType.MPACS, false);

    CaffeineCache kept = (CaffeineCache) caches.getCache(EligibilityRules.DECISION);
    assertThat(kept.get(new SimpleKey(null, "RJ", SocietyType.MPACS, false)).get()).isEqualTo(thresholds);
    assertThat(kept.getNativeCache().policy().expireAfterWrite())
        .hasValueSatisfying(expiry -> assertThat(expiry.getExpiresAfter()).isEqualTo(Duration.ofMinutes(1)));
  }
}
