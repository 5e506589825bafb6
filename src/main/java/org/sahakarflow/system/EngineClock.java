package org.sahakarflow.system;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The app's one clock: the engine's, which runs the timers and which tests move to fire them,
 * read in India's zone. Listeners and delegates, which the engine calls outside Spring's reach of
 * a bean's state, use {@link #INSTANCE}; Spring beans may take it as the {@code Clock} bean.
 */
public final class EngineClock extends Clock {

  public static final EngineClock INSTANCE = new EngineClock(India.ZONE);

  private final ZoneId zone;

  private EngineClock(ZoneId zone) {
    this.zone = zone;
  }

  /** Today's date in India by the engine's clock. */
  public static LocalDate today() {
    return LocalDate.now(INSTANCE);
  }

  /** Now, as the engine's own records (task and job dates) hold it. */
  public static Date date() {
    return ClockUtil.getCurrentTime();
  }

  @Override
  public Instant instant() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return other.equals(zone) ? this : new EngineClock(other);
  }
}
