package org.sahakarflow.system;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing per client address, on every sign-in: engine REST, the app API and the
 * webapps' login form. The engine already delays each user's next sign-in after a wrong password
 * (exponentially, at most a minute) but no longer locks anyone for good, so the owner always gets
 * in once the delay has passed; this adds the other half, so one address cannot spray guesses over
 * many users. After a few free mistakes each failure doubles the address's wait, up to a cap; a
 * success resets it, as does a quiet spell. While it waits, the address is answered 429 with
 * Retry-After and its password is not checked at all. Behind a reverse proxy the client's address
 * must reach the app (server.forward-headers-strategy), or every client shares the proxy's.
 */
@Component
public class SignInThrottle {

  /** Where a sign-in happened, the tag of the failure counter. */
  public enum Channel {
    ENGINE_REST("engine-rest"), API("api"), WEBAPP("webapp"),
    /** the public tracking page: an acknowledgement number with a mobile or e-mail is a credential too */
    TRACK("track"),
    /** a promoter's sign-up codes */
    SIGNUP("signup");

    final String tag;

    Channel(String tag) {
      this.tag = tag;
    }
  }

  static final int FREE_FAILURES = 3;
  static final long FIRST_DELAY_MS = 1_000;
  static final long MAX_DELAY_MS = 300_000;
  static final long FORGET_AFTER_MS = 900_000;
  private static final int PRUNE_ABOVE = 10_000;

  private final Map<String, Strikes> byAddress = new ConcurrentHashMap<>();
  private final Map<Channel, Counter> failures = new EnumMap<>(Channel.class);
  private final Clock clock;

  /** @param clock the engine's, as for its own per-user delay, so both move together in tests */
  SignInThrottle(MeterRegistry registry, Clock clock) {
    this.clock = clock;
    for (Channel channel : Channel.values()) {
      failures.put(channel, Counter.builder("sahakar.login.failures")
          .description("sign-ins refused for a wrong user or password").tag("channel", channel.tag)
          .register(registry));
    }
  }

  private record Strikes(int count, long last, long until) {
  }

  /**
   * Answers 429 (with Retry-After) and returns true while the request's address must wait; its
   * password is then never checked.
   */
  boolean refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
    long waitMs = waitMs(request.getRemoteAddr());
    if (waitMs <= 0) {
      return false;
    }
    long seconds = (waitMs + 999) / 1000;
    response.setStatus(429);
    response.setHeader("Retry-After", Long.toString(seconds));
    response.setContentType("application/problem+json");
    response.getWriter().write("{\"title\":\"Too Many Requests\",\"status\":429,\"detail\":"
        + "\"too many failed sign-ins from this address; try again in " + seconds + " s\"}");
    return true;
  }

  void failed(HttpServletRequest request, Channel channel) {
    failed(request.getRemoteAddr(), channel);
  }

  public void failed(String address, Channel channel) {
    failures.get(channel).increment();
    long now = now();
    if (byAddress.size() > PRUNE_ABOVE) {
      byAddress.values().removeIf(s -> now - s.last() > FORGET_AFTER_MS);
    }
    byAddress.compute(address, (key, s) -> {
      int count = s == null || now - s.last() > FORGET_AFTER_MS ? 1 : s.count() + 1;
      long delay = count <= FREE_FAILURES ? 0
          : FIRST_DELAY_MS << Math.min(count - FREE_FAILURES - 1, 20);
      return new Strikes(count, now, now + Math.min(delay, MAX_DELAY_MS));
    });
  }

  void succeeded(HttpServletRequest request) {
    succeeded(request.getRemoteAddr());
  }

  public void succeeded(String address) {
    byAddress.remove(address);
  }

  /** Whole seconds the address must still wait before its next try; 0 for none. */
  public long secondsToWait(String address) {
    long waitMs = waitMs(address);
    return waitMs <= 0 ? 0 : (waitMs + 999) / 1000;
  }

  private long waitMs(String address) {
    Strikes strikes = byAddress.get(address);
    // never longer than the cap, even if the clock was set back since
    return strikes == null ? 0 : Math.min(strikes.until() - now(), MAX_DELAY_MS);
  }

  private long now() {
    return clock.millis();
  }
}
