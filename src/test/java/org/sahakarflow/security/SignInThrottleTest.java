package org.sahakarflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Wrong passwords slow the guesser and never lock the owner out: the engine delays the user's next
 * sign-in, the app delays the client's address, on engine REST, the app API and the webapp login.
 * Each test is a client of its own loopback address; the engine clock stands still unless moved.
 */
@SahakarTest
class SignInThrottleTest {

  static final AtomicInteger ADDRESS = new AtomicInteger(10);
  static final String ENGINE = "/engine-rest/task?maxResults=1";
  static final String API = "/api/me";

  @Autowired
  IdentityService identity;
  @Autowired
  Http http;
  @Value("${local.server.port}")
  int port;
  LoopbackClient client;
  long now;

  @BeforeEach
  void ownAddressAndStillClock() {
    client = new LoopbackClient("127.0.0." + ADDRESS.incrementAndGet(), port);
    now = System.currentTimeMillis();
    ClockUtil.setCurrentTime(new Date(now));
  }

  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  @Test
  void theOwnerSignsInOnceTheDelayHasPassedAfterMoreGuessesThanTheOldLockLimit() throws Exception {
    User owner = identity.newUser("throttle.owner");
    owner.setPassword("Owner@2026xyz");
    identity.saveUser(owner);
    // a user with no group has no role, and the engine's guard opens nothing to them
    identity.createMembership("throttle.owner", "applicants");
    try {
      for (int guess = 1; guess <= 12; guess++) {
        pass(301);
        int status = switch (guess % 3) {
          case 0 -> client.basic(ENGINE, "throttle.owner", "Guess@2026-" + guess).status();
          case 1 -> client.basic(API, "throttle.owner", "Guess@2026-" + guess).status();
          default -> client.webappLogin("throttle.owner", "Guess@2026-" + guess).status();
        };
        assertThat(status).as("guess " + guess).isEqualTo(401);
      }
      // the owner, elsewhere, waits out the engine's delay for the user (a minute at most) ...
      LoopbackClient ownersDesk = new LoopbackClient("127.0.0." + ADDRESS.incrementAndGet(), port);
      assertThat(ownersDesk.basic(API, "throttle.owner", "Owner@2026xyz").status()).isEqualTo(401);
      pass(61);
      assertThat(ownersDesk.basic(API, "throttle.owner", "Owner@2026xyz").status()).isEqualTo(200);
      assertThat(ownersDesk.basic(ENGINE, "throttle.owner", "Owner@2026xyz").status()).isEqualTo(200);
      assertThat(ownersDesk.webappLogin("throttle.owner", "Owner@2026xyz").status()).isIn(200, 403);
      // ... while the guesser's address still waits its own, longer delay, whatever it sends
      LoopbackClient.Response guesser = client.basic(API, "throttle.owner", "Owner@2026xyz");
      assertThat(guesser.status()).isEqualTo(429);
      assertThat(Integer.parseInt(guesser.header("Retry-After"))).isBetween(60, 300);
    } finally {
      identity.deleteUser("throttle.owner");
    }
  }

  @Test
  void anAddressInItsDelayIsRefusedOnEngineRestWithoutAPasswordCheck() throws Exception {
    refusedWhileWaiting(() -> client.basic(ENGINE, "nobody.engine", "Guess@2026x").status(),
        () -> client.basic(ENGINE, "ministry", Http.DEMO_PASSWORD));
  }

  @Test
  void anAddressInItsDelayIsRefusedOnTheApiWithoutAPasswordCheck() throws Exception {
    refusedWhileWaiting(() -> client.basic(API, "nobody.api", "Guess@2026x").status(),
        () -> client.basic(API, "ministry", Http.DEMO_PASSWORD));
  }

  @Test
  void anAddressInItsDelayIsRefusedAtTheWebappLoginWithoutAPasswordCheck() throws Exception {
    refusedWhileWaiting(() -> client.webappLogin("nobody.webapp", "Guess@2026x").status(),
        () -> client.webappLogin("applicant.rj-udr", Http.DEMO_PASSWORD));
  }

  @Test
  void everyFailureIsCountedByChannel() throws Exception {
    double engine = failures("engine-rest");
    double api = failures("api");
    double webapp = failures("webapp");
    assertThat(client.basic(ENGINE, "nobody.counted", "Guess@2026x").status()).isEqualTo(401);
    assertThat(client.basic(API, "nobody.counted", "Guess@2026x").status()).isEqualTo(401);
    assertThat(client.basic(API, "nobody.counted", "Guess@2026y").status()).isEqualTo(401);
    assertThat(client.webappLogin("nobody.counted", "Guess@2026x").status()).isEqualTo(401);
    // no credentials at all is not a guess
    assertThat(client.send("GET", API, Map.of(), null).status()).isEqualTo(401);
    assertThat(failures("engine-rest")).isEqualTo(engine + 1);
    assertThat(failures("api")).isEqualTo(api + 2);
    assertThat(failures("webapp")).isEqualTo(webapp + 1);
  }

  /**
   * Three free mistakes, then a fourth starts a one-second wait: even the right password of a
   * user nobody guessed at is refused (it would have passed, so it was never checked); once the
   * wait has passed it signs in, and that success clears the address.
   */
  private void refusedWhileWaiting(Attempt wrong, RightAttempt right) throws Exception {
    for (int i = 1; i <= 4; i++) {
      assertThat(wrong.status()).as("wrong " + i).isEqualTo(401);
    }
    LoopbackClient.Response refused = right.send();
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.header("Retry-After")).isEqualTo("1");
    assertThat(wrong.status()).as("refused too, so not counted").isEqualTo(429);
    pass(1);
    assertThat(right.send().status()).isEqualTo(200);
    for (int i = 1; i <= 4; i++) {
      assertThat(wrong.status()).as("wrong again " + i).isEqualTo(401);
    }
    assertThat(wrong.status()).isEqualTo(429);
    pass(1);
    assertThat(wrong.status()).as("a fifth failure, now two seconds").isEqualTo(401);
    pass(1);
    assertThat(wrong.status()).as("the wait doubled").isEqualTo(429);
    pass(1);
    assertThat(wrong.status()).isEqualTo(401);
  }

  private double failures(String channel) {
    String metrics = http.as("ministry").getForObject("/actuator/prometheus", String.class);
    Matcher line = Pattern.compile("(?m)^sahakar_login_failures_total\\{[^}]*channel=\"" + channel
        + "\"[^}]*} (\\S+)$").matcher(metrics);
    assertThat(line.find()).as("counter for " + channel).isTrue();
    return Double.parseDouble(line.group(1));
  }

  private void pass(int seconds) {
    now += seconds * 1000L;
    ClockUtil.setCurrentTime(new Date(now));
  }

  interface Attempt {
    int status() throws IOException;
  }

  interface RightAttempt {
    LoopbackClient.Response send() throws IOException;
  }
}
