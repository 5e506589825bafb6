package org.sahakarflow.insight;

import java.time.Instant;
import org.springframework.context.ApplicationContext;

/** Lets a benchmark run the read model's retention purge as its nightly window would. */
public final class ReadModelPurge {

  private ReadModelPurge() {
  }

  /** @return the cases whose read model was removed */
  public static int purge(ApplicationContext context, Instant now) {
    return context.getBean(InsightRetention.class).purge(now);
  }
}
