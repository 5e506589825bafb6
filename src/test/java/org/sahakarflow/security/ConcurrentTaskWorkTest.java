package org.sahakarflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahakarflow.CaseDriver;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.StepIds;
import org.sahakarflow.TestUsers;
import org.sahakarflow.WebappSession;
import org.sahakarflow.identity.Groups;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fifty officers of one office reach for the same step at the same moment, through the engine
 * REST and through the webapps' API that Tasklist calls: one of them gets it, every other hears
 * 409 and who holds the step, nobody gets a 500, and the log holds no ERROR line for a race that
 * is part of ordinary work. Runs on H2 and, with {@code -Ppostgres}, on PostgreSQL.
 */
@SahakarTest
class ConcurrentTaskWorkTest {

  static final int CALLERS = 50;
  /** An office no other test staffs: fifty officers in it change nobody else's recipients. */
  static final String DISTRICT = "RJ-DUN";

  @Autowired
  ProcessEngine engine;
  @Autowired
  Http http;
  @Autowired
  DataSource dataSource;
  @Autowired
  JdbcTemplate jdbc;
  @Value("${local.server.port}")
  int port;

  final ObjectMapper json = new ObjectMapper();
  final ListAppender<ILoggingEvent> log = new ListAppender<>();
  final List<String> officers = new ArrayList<>();
  CaseDriver cases;

  @BeforeEach
  void staffTheOffice() {
    cases = new CaseDriver(engine);
    IdentityService identity = engine.getIdentityService();
    IntStream.rangeClosed(1, CALLERS).forEach(i -> officers.add(TestUsers.ensure(identity,
        "race%02d.rj-dun".formatted(i), Groups.rcsDistrict(DISTRICT), "RJ")));
    log.start();
    root().addAppender(log);
  }

  @AfterEach
  void stopListening() {
    root().detachAppender(log);
  }

  private static Logger root() {
    return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }

  private Task scrutiny() {
    String key = cases.mpacsAtScrutiny("RJ", DISTRICT, "applicant.rj-udr");
    return cases.task(key, StepIds.TASK_SCRUTINISE_APPLICATION);
  }

  private static final String DECIDE =
      "{\"variables\":{\"scrutinyOutcome\":{\"value\":\"DECIDE\",\"type\":\"String\"}}}";

  @Test
  void fiftyClaimsThroughTheEngineRestOneWinsTheOthersHearWhoHoldsIt() throws Exception {
    Task task = scrutiny();
    List<Answer> answers = together(officers, officer -> {
      ResponseEntity<String> r = http.post(officer, "/engine-rest/task/" + task.getId() + "/claim",
          Map.of("userId", officer));
      return new Answer(officer, r.getStatusCode().value(), r.getBody());
    });

    String holder = assigneeOf(task);
    assertOneWinsOthersConflict(answers, holder);
    for (Answer lost : answers) {
      if (lost.status() == 409) {
        assertThat(lost.body()).as(lost.toString()).contains("already claimed by " + holder);
      }
    }
    assertNoErrorLogged();
    // the winner, and only the winner, can finish the step (the race left their right to work it intact)
    assertThat(http.post(holder, "/engine-rest/task/" + task.getId() + "/complete",
        json.readTree(DECIDE)).getStatusCode().value()).isEqualTo(204);
  }

  @Test
  void fiftyClaimsThroughTasklistsApiOneWinsTheOthersHearWhoHoldsIt() throws Exception {
    Task task = scrutiny();
    Map<String, WebappSession> sessions = new TreeMap<>();
    for (String officer : officers) {
      WebappSession session = new WebappSession(port);
      assertThat(session.login(officer, "tasklist")).isEqualTo(200);
      // as Tasklist does: the signed-in session's first call hands it its CSRF token
      assertThat(session.get("/camunda/api/engine/engine/default/task/" + task.getId()).statusCode()).isEqualTo(200);
      sessions.put(officer, session);
    }
    List<Answer> answers = together(officers, officer -> {
      WebappSession session = sessions.get(officer);
      HttpResponse<String> r = session.send(HttpRequest.newBuilder(session.uri(
              "/camunda/api/engine/engine/default/task/" + task.getId() + "/claim"))
          .header("Content-Type", "application/json").header("X-XSRF-TOKEN", session.token())
          .POST(HttpRequest.BodyPublishers.ofString("{\"userId\":\"" + officer + "\"}")).build());
      return new Answer(officer, r.statusCode(), r.body());
    });

    String holder = assigneeOf(task);
    assertOneWinsOthersConflict(answers, holder);
    for (Answer lost : answers) {
      if (lost.status() == 409) {
        // Tasklist shows an error's "message" to the officer
        assertThat(json.readTree(lost.body()).path("message").asText()).as(lost.toString())
            .contains("already claimed by " + holder);
      }
    }
    assertNoErrorLogged();
  }

  @Test
  void fiftyCompletionsOfOneStepFinishItOnceAndTheRestHearItIsDone() throws Exception {
    Task task = scrutiny();
    JsonNode body = json.readTree(DECIDE);
    List<Answer> answers = together(officers, officer -> {
      ResponseEntity<String> r = http.post(officer, "/engine-rest/task/" + task.getId() + "/complete", body);
      return new Answer(officer, r.getStatusCode().value(), r.getBody());
    });

    assertThat(answers).as("no 500").noneMatch(a -> a.status() >= 500);
    assertThat(answers).filteredOn(a -> a.status() == 204).as(answers.toString()).hasSize(1);
    assertThat(answers).filteredOn(a -> a.status() != 204)
        .allSatisfy(a -> assertThat(a.status()).as(a.toString()).isIn(404, 409));
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isZero();
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(task.getId())
        .singleResult().getDeleteReason()).isEqualTo("completed");
    assertNoErrorLogged();
  }

  @Test
  void completingAFinishedStepIsNotFoundNotAnError() throws Exception {
    Task task = scrutiny();
    String officer = officers.get(0);
    String path = "/engine-rest/task/" + task.getId() + "/complete";
    assertThat(http.post(officer, path, json.readTree(DECIDE)).getStatusCode().value()).isEqualTo(204);

    ResponseEntity<String> again = http.post(officer, path, json.readTree(DECIDE));
    assertThat(again.getStatusCode().value()).isEqualTo(404);
    assertThat(json.readTree(again.getBody()).path("message").asText())
        .doesNotContain("is null");
    ResponseEntity<String> form = http.post(officer, "/engine-rest/task/" + task.getId() + "/submit-form",
        json.readTree(DECIDE));
    assertThat(form.getStatusCode().value()).isEqualTo(404);
    // an administrator passes the app's guard and meets the engine itself: the same answer
    ResponseEntity<String> admin = http.post("admin", path, json.readTree(DECIDE));
    assertThat(admin.getStatusCode().value()).isEqualTo(404);
    assertThat(json.readTree(admin.getBody()).path("message").asText())
        .isEqualTo("this step is no longer open: someone finished it, reload");
    assertNoErrorLogged();
  }

  @Test
  void fiftyAdministratorsAddingOneMemberAtOnceAddItOnceAndTheRestHearItIsThere() throws Exception {
    IdentityService identity = engine.getIdentityService();
    String joiner = "joiner" + System.nanoTime() + ".rj-dun";
    User user = identity.newUser(joiner);
    user.setFirstName("Joiner");
    user.setLastName("RJ-DUN");
    user.setPassword(Http.DEMO_PASSWORD);
    identity.saveUser(user);
    String team = Groups.rcsDistrict(DISTRICT);
    String path = "/engine-rest/group/" + team + "/members/" + joiner;
    List<Answer> answers = together(officers, caller -> {
      ResponseEntity<String> r = http.as("admin").exchange(path, HttpMethod.PUT, Http.json(Map.of()), String.class);
      return new Answer(caller, r.getStatusCode().value(), r.getBody());
    });

    assertThat(answers).as("no 500").noneMatch(a -> a.status() >= 500);
    assertThat(answers).filteredOn(a -> a.status() == 204).as(answers.toString()).hasSize(1);
    assertThat(answers).filteredOn(a -> a.status() != 204).allSatisfy(a ->
        assertThat(a.body()).as(a.toString()).contains(joiner + " is already a member of " + team));
    assertThat(answers).filteredOn(a -> a.status() != 204).extracting(Answer::status).containsOnly(409);
    assertThat(identity.createUserQuery().userId(joiner).memberOfGroup(team).count()).isOne();
    assertNoErrorLogged();
  }

  @Test
  void aCompletionThatLostToAnotherChangeOfItsCaseIsToldToReload() throws Exception {
    Task task = scrutiny();
    String officer = officers.get(0);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    Future<ResponseEntity<String>> completion;
    // another transaction changes the step's execution and holds it while the completion reads it
    try (Connection other = dataSource.getConnection()) {
      other.setAutoCommit(false);
      try (PreparedStatement change = other.prepareStatement(
          "update ACT_RU_EXECUTION set REV_ = REV_ + 1 where ID_ = ?")) {
        change.setString(1, task.getExecutionId());
        assertThat(change.executeUpdate()).isOne();
      }
      completion = pool.submit(() -> http.post(officer, "/engine-rest/task/" + task.getId() + "/complete",
          json.readTree(DECIDE)));
      awaitAWaitingLock(completion);
      other.commit();
    }
    ResponseEntity<String> lost = completion.get(60, TimeUnit.SECONDS);
    pool.shutdown();

    assertThat(lost.getStatusCode().value()).as(lost.getBody()).isEqualTo(409);
    assertThat(json.readTree(lost.getBody()).path("message").asText())
        .isEqualTo("this step was changed by someone else, reload it");
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count())
        .as("still open, to be done again").isOne();
    assertThat(http.post(officer, "/engine-rest/task/" + task.getId() + "/complete", json.readTree(DECIDE))
        .getStatusCode().value()).isEqualTo(204);
    assertNoErrorLogged();
  }

  /** Until the completion waits on the row the test holds (asked of the database, not guessed). */
  private void awaitAWaitingLock(Future<?> completion) throws Exception {
    String waiting;
    try (Connection probe = dataSource.getConnection()) {
      waiting = probe.getMetaData().getDatabaseProductName().equals("PostgreSQL")
          ? "select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'"
          : "select count(*) from information_schema.sessions where blocker_id is not null";
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (jdbc.queryForObject(waiting, Integer.class) == 0) {
      assertThat(completion).as("the completion ended without waiting").isNotDone();
      assertThat(System.nanoTime()).as("the completion never waited").isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  private List<Answer> together(List<String> callers, Call call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(callers.size());
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Answer>> futures = new ArrayList<>();
    for (String caller : callers) {
      futures.add(pool.submit((Callable<Answer>) () -> {
        start.await();
        return call.as(caller);
      }));
    }
    start.countDown();
    List<Answer> answers = new ArrayList<>();
    for (Future<Answer> future : futures) {
      answers.add(future.get(180, TimeUnit.SECONDS));
    }
    pool.shutdown();
    return answers;
  }

  private String assigneeOf(Task task) {
    return engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult().getAssignee();
  }

  private static void assertOneWinsOthersConflict(List<Answer> answers, String holder) {
    assertThat(answers).as("no 500").noneMatch(a -> a.status() >= 500);
    assertThat(answers).filteredOn(a -> a.status() == 204).as(answers.toString())
        .singleElement().satisfies(won -> assertThat(won.officer()).isEqualTo(holder));
    assertThat(answers).filteredOn(a -> a.status() != 204)
        .allSatisfy(a -> assertThat(a.status()).as(a.toString()).isEqualTo(409));
  }

  private void assertNoErrorLogged() {
    assertThat(log.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
        .as("ERROR lines").extracting(ILoggingEvent::getFormattedMessage).isEmpty();
  }

  interface Call {
    Answer as(String officer) throws Exception;
  }

  record Answer(String officer, int status, String body) {
    @Override
    public String toString() {
      return officer + " " + status + " " + (body == null ? "" : body.substring(0, Math.min(200, body.length())));
    }
  }
}
