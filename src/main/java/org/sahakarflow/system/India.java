package org.sahakarflow.system;

import java.time.ZoneId;

/** The one time zone of every date the app shows, counts or prints: India Standard Time. */
public final class India {

  public static final ZoneId ZONE = ZoneId.of("Asia/Kolkata");

  private India() {
  }
}
