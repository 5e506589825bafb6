package org.sahakarflow.system;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/** The one time zone of every date the app shows, counts or prints: India Standard Time. */
public final class India {

  public static final ZoneId ZONE = ZoneId.of("Asia/Kolkata");

  private India() {
  }

  /** The Indian date of an instant the engine holds. */
  public static LocalDate dateOf(Date instant) {
    return LocalDate.ofInstant(instant.toInstant(), ZONE);
  }

  /** Midnight opening the day in India, as the engine's timers take a date. */
  public static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(ZONE).toInstant());
  }

  /** The last second of the day in India: a window open "until that day" closes then. */
  public static Date endOf(LocalDate day) {
    return Date.from(day.plusDays(1).atStartOfDay(ZONE).minusSeconds(1).toInstant());
  }
}
