package org.sahakarflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.sahakarflow.AppNode;
import org.sahakarflow.CaseDriver;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.StepIds;
import org.sahakarflow.bench.NationalCaseload.Case;
import org.sahakarflow.bench.NationalCaseload.Position;
import org.sahakarflow.identity.Groups;
import org.sahakarflow.identity.Places;
import org.sahakarflow.registration.RegistrationSubmissions;
import org.sahakarflow.system.CaseVariables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Fills the app with open M-PACS cases across every State and district ({@link NationalCaseload})
 * up to each level of {@code scale.levels}, and at each level times what the people of a national
 * queue do: Tasklist's page load and its filters' lists and counts as a district officer, NABARD,
 * a State Registrar, the ministry and an applicant (over HTTP, the calls Tasklist makes), a claim
 * and completion, {@code /api/registrations/{n}} and the insight endpoints. The same task queries,
 * claims and completions run on a bare Camunda engine with authorization on over the same number of
 * tasks in the same places ({@link BareEngine}), and the report prints their ratio. Last comes the
 * worst case, one district's scrutiny queue topped up to {@code scale.worst} tasks. Not part of
 * {@code ./mvnw verify}; see docs/benchmarks.md. It asserts only that both engines see what they
 * should, never a timing.
 */
@SahakarTest
@TestPropertySource(properties = {
    // without SMTP every notice is written to the log in full; a national fill would bury the figures
    "logging.level.org.sahakarflow.notification.NoticeMailer=WARN",
    "logging.level.org.sahakarflow.sla.UnstaffedOffices=ERROR"})
class ScaleBenchmark {

  static final List<Integer> LEVELS = Arrays.stream(System.getProperty("scale.levels", "10000,30000,100000")
      .split(",")).map(String::trim).map(Integer::valueOf).toList();
  static final int WORST = Integer.getInteger("scale.worst", 7500);
  static final int RUNS = Integer.getInteger("scale.runs", 100);
  static final int WARMUP = Integer.getInteger("scale.warmup", 10);
  static final int THREADS = Integer.getInteger("scale.threads", 2);
  /** A call slower than this in warm-up is measured 3 times, not {@link #RUNS}. */
  static final long SLOW_MILLIS = 2_000;
  static final String MPACS = "mpacs-registration";
  static final String WORST_STATE = "RJ";
  static final String WORST_DISTRICT = "RJ-UDR";

  static final Map<String, String> ROLES = new LinkedHashMap<>();

  static {
    ROLES.put("district officer", "rcs.rj-udr");
    ROLES.put("NABARD", "nabard.rj");
    ROLES.put("State Registrar", "registrar.rj");
    ROLES.put("ministry", "ministry");
    ROLES.put("applicant", NationalCaseload.DEMO_APPLICANT);
  }

  @Autowired
  ProcessEngine engine;
  @Autowired
  ApplicationContext context;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  ObjectMapper json;
  @Autowired
  Places places;
  @Value("${local.server.port}")
  int port;
  @Value("${sahakar.test.db.url:}")
  String databaseUrl;

  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  final StringBuilder report = new StringBuilder();
  RegistrationSubmissions submissions;
  Actors people;
  CaseDriver app;
  BareEngine bare;
  boolean postgres;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    BenchDatabase.register(registry);
  }

  @Test
  void nationalQueuesAgainstTheBareEngine() throws Exception {
    submissions = new RegistrationSubmissions(context);
    people = new Actors(engine.getIdentityService());
    app = new CaseDriver(engine);
    String database = BenchDatabase.describe(jdbc);
    postgres = database.toLowerCase(Locale.ROOT).startsWith("postgres");
    staffEveryDistrict();
    NationalCaseload caseload = new NationalCaseload(places);
    print("Scale benchmark: %s, app and bare engine (%s), %d filing threads; %d runs after %d warm-up per call"
        + " (3 runs where one takes over %d ms); %d cores, load average %.2f at start%n", database,
        postgres ? "a database of its own beside the app's" : "H2 in memory", THREADS, RUNS, WARMUP, SLOW_MILLIS,
        Runtime.getRuntime().availableProcessors(), load());
    try (BareEngine opened = openBare()) {
      bare = opened;
      mirrorPeople();
      for (int level : LEVELS) {
        fill("app", openApp(), level, serial -> fileApp(caseload.nth(serial)));
        fill("bare", openBareCases(), level, serial -> fileBare(caseload.nth(serial)));
        measure(level + " open cases");
      }
      // worst-case societies are named by the run, so a kept database can be topped up again
      String run = "SW" + System.currentTimeMillis() % 100_000_000L;
      int worstApp = (int) waitingAtScrutiny(engine);
      int worstBare = (int) waitingAtScrutiny(bare.engine);
      topUp("app", worstApp, serial -> fileApp(NationalCaseload.worst(serial, run, WORST_STATE, WORST_DISTRICT)));
      topUp("bare", worstBare, serial -> fileBare(NationalCaseload.worst(serial, run, WORST_STATE, WORST_DISTRICT)));
      measure("worst case: " + WORST + " at " + WORST_DISTRICT + "'s scrutiny, " + openApp() + " open cases");
    }
    if (postgres && Boolean.parseBoolean(System.getProperty("scale.coldStart", "true"))) {
      coldStart();
    }
    Files.writeString(Path.of("target", "scale-benchmark-" + (postgres ? "postgresql" : "h2") + ".txt"), report);
  }

  // ---------------------------------------------------------------- filling

  /**
   * Every district's registrar office and inspector have an officer, as in a State at work: an
   * office with nobody in it sends its cases round to the State Registrar ({@code UnstaffedOffices}).
   */
  private void staffEveryDistrict() {
    IdentityService identity = engine.getIdentityService();
    for (Places.District district : places.districts()) {
      for (String group : List.of(Groups.rcsDistrict(district.code()), Groups.inspector(district.code()))) {
        if (identity.createUserQuery().memberOfGroup(group).count() > 0) {
          continue;
        }
        if (identity.createGroupQuery().groupId(group).count() == 0) {
          Group created = identity.newGroup(group);
          created.setName(group);
          created.setType("WORKFLOW");
          identity.saveGroup(created);
        }
        String userId = "scale." + group.replace(':', '.').toLowerCase(Locale.ROOT);
        if (identity.createUserQuery().userId(userId).count() == 0) {
          User user = identity.newUser(userId);
          user.setFirstName("Scale");
          user.setLastName(group);
          user.setPassword(Http.DEMO_PASSWORD);
          identity.saveUser(user);
        }
        identity.createMembership(userId, group);
      }
    }
  }

  /**
   * The measured people with their groups on the bare engine too: "My group tasks" asks the
   * engine's own identity service for the user's groups.
   */
  private void mirrorPeople() {
    IdentityService theirs = bare.engine.getIdentityService();
    for (String userId : ROLES.values()) {
      if (theirs.createUserQuery().userId(userId).count() == 0) {
        theirs.saveUser(theirs.newUser(userId));
      }
      for (String group : people.session(userId).getGroupIds()) {
        if (theirs.createGroupQuery().groupId(group).count() == 0) {
          theirs.saveGroup(theirs.newGroup(group));
        }
        if (theirs.createUserQuery().userId(userId).memberOfGroup(group).count() == 0) {
          theirs.createMembership(userId, group);
        }
      }
    }
  }

  private void fill(String side, int open, int level, IntConsumer file) throws Exception {
    if (open >= level) {
      print("%s: %,d cases open already%n", side, open);
      return;
    }
    long started = System.nanoTime();
    run(open, level, file, side);
    vacuum();
    print("%s: filed %,d cases to reach %,d in %.0f s%n", side, level - open, level, (System.nanoTime() - started) / 1e9);
  }

  private void topUp(String side, int have, IntConsumer file) throws Exception {
    if (have >= WORST) {
      return;
    }
    long started = System.nanoTime();
    run(have, WORST, file, side + " worst case");
    vacuum();
    print("%s: %,d cases added at %s's scrutiny in %.0f s%n", side, WORST - have, WORST_DISTRICT,
        (System.nanoTime() - started) / 1e9);
  }

  private void run(int from, int to, IntConsumer file, String side) throws Exception {
    AtomicInteger next = new AtomicInteger(from);
    long started = System.nanoTime();
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> work = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        work.add(threads.submit(() -> {
          for (int serial = next.getAndIncrement(); serial < to; serial = next.getAndIncrement()) {
            file.accept(serial);
            if ((serial + 1) % 10_000 == 0) {
              // as autovacuum would: with an empty database's statistics, reads of a case's
              // variables scan every variable (the timer benchmark's fill fell from 51 to 18/s)
              housekeeping("analyze");
            }
            if ((serial + 1) % 5_000 == 0) {
              System.out.printf("  %s: %,d filed, %.0f/s%n", side, serial + 1,
                  (serial + 1 - from) / ((System.nanoTime() - started) / 1e9));
            }
          }
          return null;
        }));
      }
      for (Future<?> done : work) {
        done.get();
      }
    } finally {
      threads.shutdown();
    }
  }

  /** Files through the service behind {@code POST /api/registrations} and walks the case to its place. */
  private void fileApp(Case c) {
    String number = as(engine, applicantOf(c), () -> submissions.submit(NationalCaseload.application(c)));
    app.runAsyncSteps(number);
    if (c.position() == Position.UPLOAD) {
      return;
    }
    Task upload = app.task(number, StepIds.TASK_UPLOAD_DOCUMENTS);
    as(engine, applicantOf(c), () -> {
      engine.getTaskService().complete(upload.getId(), CaseWalker.documents());
      return null;
    });
    app.runAsyncSteps(number);
    if (c.position() == Position.VIABILITY) {
      return;
    }
    Task viability = app.task(number, StepIds.TASK_RECORD_VIABILITY_NOTE);
    Authentication nabard = nabardOf(c.stateCode());
    as(engine, nabard, () -> {
      engine.getTaskService().claim(viability.getId(), nabard.getUserId());
      engine.getTaskService().complete(viability.getId(), Map.of("viabilityNote", "viable", "viable", true));
      return null;
    });
    app.runAsyncSteps(number);
  }

  /** Starts the bare model at the same place, as the same applicant, with the same variables. */
  private void fileBare(Case c) {
    Map<String, Object> variables = new HashMap<>(NationalCaseload.application(c).variables(json));
    variables.put("position", c.position().name().toLowerCase(Locale.ROOT));
    variables.put("applicantId", c.applicant());
    variables.put(CaseVariables.APPLICATION_NUMBER, "BARE-" + c.serial());
    variables.put("districtName", places.district(c.districtCode()).map(Places.District::name).orElse(""));
    // the app's first steps fall due in days to weeks; so do these, spread by the minute
    variables.put("due", new Date(System.currentTimeMillis() + Duration.ofDays(7).toMillis() + c.serial() * 60_000L));
    as(bare.engine, applicantOf(c), () -> bare.engine.getRuntimeService()
        .startProcessInstanceByKey(BareEngine.KEY, "BARE-" + c.serial(), variables));
  }

  private int openApp() {
    return (int) engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(MPACS).count();
  }

  private int openBareCases() {
    return (int) bare.engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(BareEngine.KEY).count();
  }

  private static long waitingAtScrutiny(ProcessEngine on) {
    return on.getTaskService().createTaskQuery().taskCandidateGroup(Groups.rcsDistrict(WORST_DISTRICT))
        .taskDefinitionKey(StepIds.TASK_SCRUTINISE_APPLICATION).count();
  }

  private BareEngine openBare() {
    // the groups the app gives wildcard reads (AccessPolicy), narrowed to a State by tenant membership
    List<String> wideReaders = new ArrayList<>(List.of(Groups.MINISTRY));
    places.states().forEach(state -> wideReaders.add(Groups.rcsState(state.code())));
    if (!postgres) {
      return BareEngine.open("jdbc:h2:mem:scale-bare;DB_CLOSE_DELAY=-1", "sa", "org.h2.Driver", wideReaders);
    }
    String name = databaseUrl.substring(databaseUrl.lastIndexOf('/') + 1).replaceAll("\\?.*", "") + "_bare";
    if (jdbc.queryForObject("select count(*) from pg_database where datname = ?", Integer.class, name) == 0) {
      jdbc.execute("create database " + name);
    }
    String user = System.getProperty("bench.dbUser", "postgres");
    return BareEngine.open(databaseUrl.substring(0, databaseUrl.lastIndexOf('/') + 1) + name, user,
        "org.postgresql.Driver", wideReaders);
  }

  /** The planner must know the tables' new size, as autovacuum would have told it by now. */
  private void vacuum() {
    housekeeping("vacuum (analyze)");
  }

  private void housekeeping(String statement) {
    if (postgres) {
      jdbc.execute(statement);
      try (Connection bareDb = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) bare.engine
          .getProcessEngineConfiguration()).getDataSource().getConnection()) {
        bareDb.setAutoCommit(true);
        bareDb.createStatement().execute(statement);
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  // ---------------------------------------------------------------- measuring

  private void measure(String title) throws Exception {
    print("%n== %s (load average %.2f) ==%n", title, load());
    print("%-18s %-44s %26s %26s %7s%n", "who", "call", "app p50 / p95 / max ms", "bare p50 / p95 / max ms",
        "ratio");
    for (Map.Entry<String, String> role : ROLES.entrySet()) {
      String userId = role.getValue();
      Authentication who = people.session(userId);
      for (String filterName : List.of("My tasks", "My group tasks", "All tasks I can see")) {
        Filter ours = filter(engine, filterName);
        Filter theirs = filter(bare.engine, filterName);
        long appCount = as(engine, who, () -> engine.getFilterService().count(ours.getId()));
        long bareCount = as(bare.engine, who, () -> bare.engine.getFilterService().count(theirs.getId()));
        row(role.getKey(), "\"" + filterName + "\" count (" + appCount + " / " + bareCount + ")",
            time(() -> as(engine, who, () -> engine.getFilterService().count(ours.getId()))),
            time(() -> as(bare.engine, who, () -> bare.engine.getFilterService().count(theirs.getId()))));
        row(role.getKey(), "\"" + filterName + "\" first 15",
            time(() -> as(engine, who, () -> engine.getFilterService().listPage(ours.getId(), 0, 15))),
            time(() -> as(bare.engine, who, () -> bare.engine.getFilterService().listPage(theirs.getId(), 0, 15))));
        if ("ministry".equals(role.getKey()) && "All tasks I can see".equals(filterName)) {
          assertThat(appCount).as("the ministry sees every open task of the app")
              .isEqualTo(engine.getTaskService().createTaskQuery().count()).isPositive();
          assertThat(bareCount).as("the ministry sees every open task of the bare engine")
              .isEqualTo(bare.engine.getTaskService().createTaskQuery().count()).isPositive();
        }
      }
      row(role.getKey(), "HTTP Tasklist page load (filters with counts, first list)", time(() -> pageLoad(userId)), null);
      for (String filterName : List.of("My group tasks", "All tasks I can see")) {
        String id = filter(engine, filterName).getId();
        row(role.getKey(), "HTTP \"" + filterName + "\" list (HAL, 15)", time(() -> halList(userId, id)), null);
        row(role.getKey(), "HTTP \"" + filterName + "\" count", time(() -> get(userId, "/engine-rest/filter/" + id + "/count")), null);
      }
    }
    claimAndComplete();
    registrationsAndInsight();
    print("memory: this JVM (app, bare engine and benchmark) RSS %,d MB, heap used after GC %,d MB%n",
        rssMegabytes(ProcessHandle.current().pid()), heapAfterGc());
  }

  private void claimAndComplete() {
    String officer = ROLES.get("district officer");
    Authentication who = people.session(officer);
    for (ProcessEngine on : List.of(engine, bare.engine)) {
      long open = on.getTaskService().createTaskQuery().taskCandidateGroup(Groups.rcsDistrict(WORST_DISTRICT))
          .taskDefinitionKey(StepIds.TASK_SCRUTINISE_APPLICATION).taskUnassigned().count();
      if (open < WARMUP + RUNS) {
        print("district officer   claim and complete: only %d open scrutinies in %s, not measured%n", open,
            WORST_DISTRICT);
        return;
      }
    }
    row("district officer", "claim and complete scrutiny (Java API)",
        time(() -> workNext(engine, who, Map.of("scrutinyOutcome", "INSPECT"), true)),
        time(() -> workNext(bare.engine, who, Map.of("scrutinyOutcome", "INSPECT"), false)));
  }

  /** A call's own timing, leaving out its set-up and clean-up. */
  record Took(long nanos) {
  }

  private Took workNext(ProcessEngine on, Authentication who, Map<String, Object> variables, boolean runJobs) {
    Task task = on.getTaskService().createTaskQuery().taskCandidateGroup(Groups.rcsDistrict(WORST_DISTRICT))
        .taskDefinitionKey(StepIds.TASK_SCRUTINISE_APPLICATION).taskUnassigned().listPage(0, 1).get(0);
    long started = System.nanoTime();
    as(on, who, () -> {
      on.getTaskService().claim(task.getId(), who.getUserId());
      on.getTaskService().complete(task.getId(), variables);
      return null;
    });
    Took took = new Took(System.nanoTime() - started);
    if (runJobs) {
      String key = on.getRuntimeService().createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
          .singleResult().getBusinessKey();
      app.runAsyncSteps(key);
    }
    return took;
  }

  private void registrationsAndInsight() {
    // a small level may have none of either yet
    engine.getTaskService().createTaskQuery().taskCandidateUser(NationalCaseload.DEMO_APPLICANT).listPage(0, 1)
        .stream().findFirst().map(this::businessKey).ifPresent(own -> row("applicant",
            "HTTP GET /api/registrations/{own}",
            time(() -> get(NationalCaseload.DEMO_APPLICANT, "/api/registrations/" + own)), null));
    engine.getTaskService().createTaskQuery().taskCandidateGroup(Groups.rcsDistrict(WORST_DISTRICT)).listPage(0, 1)
        .stream().findFirst().map(this::businessKey).ifPresent(theirs -> row("district officer",
            "HTTP GET /api/registrations/{district's}",
            time(() -> get(ROLES.get("district officer"), "/api/registrations/" + theirs)), null));
    for (String path : List.of("/api/insight/steps", "/api/insight/heat", "/api/insight/overdue",
        "/api/insight/formation")) {
      row("ministry", "HTTP GET " + path, time(() -> get("ministry", path)), null);
    }
  }

  private String businessKey(Task task) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .singleResult().getBusinessKey();
  }

  /** What Tasklist asks when it opens: every filter with its count, then the first filter's first page. */
  private Object pageLoad(String userId) {
    String filters = get(userId, "/engine-rest/filter?resourceType=Task&itemCount=true&firstResult=0&maxResults=50");
    if (!filters.contains("itemCount")) {
      throw new AssertionError("filters without counts: " + filters);
    }
    return halList(userId, filter(engine, "My tasks").getId());
  }

  private String halList(String userId, String filterId) {
    // the case columns come embedded through the filter's own variables, as Tasklist gets them
    Map<String, Object> body = Map.of("sorting", List.of(Map.of("sortBy", "dueDate", "sortOrder", "asc")));
    try {
      return send(userId, HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/engine-rest/filter/"
          + filterId + "/list?firstResult=0&maxResults=15"))
          .header("Accept", "application/hal+json").header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private String get(String userId, String path) {
    return send(userId, HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET());
  }

  private String send(String userId, HttpRequest.Builder request) {
    String basic = Base64.getEncoder().encodeToString((userId + ":" + Http.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    try {
      HttpResponse<String> response = http.send(request.header("Authorization", "Basic " + basic)
          .timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new AssertionError(userId + " " + response.request().uri() + ": " + response.statusCode() + " "
            + response.body());
      }
      return response.body();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Times the call: warm-up first, then {@link #RUNS} runs, or 3 where one takes seconds. */
  private Latencies time(Supplier<?> call) {
    long slowest = 0;
    for (int i = 0; i < WARMUP; i++) {
      long started = System.nanoTime();
      call.get();
      slowest = Math.max(slowest, System.nanoTime() - started);
      if (slowest > SLOW_MILLIS * 1_000_000) {
        break;
      }
    }
    int runs = slowest > SLOW_MILLIS * 1_000_000 ? 3 : RUNS;
    Latencies latencies = new Latencies();
    for (int i = 0; i < runs; i++) {
      long started = System.nanoTime();
      Object result = call.get();
      // a call that times itself (claim and complete) leaves out its set-up
      latencies.add(result instanceof Took took ? took.nanos() : System.nanoTime() - started);
    }
    return latencies;
  }

  private void row(String who, String call, Latencies ours, Latencies theirs) {
    print("%-18s %-44s %26s %26s %7s%n", who, call, triple(ours), theirs == null ? "—" : triple(theirs),
        theirs == null ? "" : "%.2f".formatted(theirs.percentileMillis(50) / ours.percentileMillis(50)));
  }

  private static String triple(Latencies latencies) {
    return "%.1f / %.1f / %.1f".formatted(latencies.percentileMillis(50), latencies.percentileMillis(95),
        latencies.percentileMillis(100));
  }

  // ---------------------------------------------------------------- start and memory

  /** A node of the app started on the filled database: time to healthy and its memory after a page load. */
  private void coldStart() throws Exception {
    String heap = System.getProperty("scale.heap", "768m");
    long started = System.nanoTime();
    try (AppNode node = AppNode.start("scale-cold", databaseUrl, System.getProperty("bench.dbUser", "postgres"),
        heap, List.of())) {
      double seconds = (System.nanoTime() - started) / 1e9;
      long rssUp = rssMegabytes(node.handle().pid());
      String basic = Base64.getEncoder().encodeToString(("rcs.rj-udr:" + Http.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < 20; i++) {
        http.send(HttpRequest.newBuilder(URI.create(node.baseUrl() + "/engine-rest/filter?resourceType=Task&itemCount=true&firstResult=0&maxResults=50"))
            .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.discarding());
      }
      print("%ncold start on the filled database (-Xmx%s): healthy after %.1f s, RSS %,d MB when up, %,d MB after 20 page loads%n",
          heap, seconds, rssUp, rssMegabytes(node.handle().pid()));
    }
  }

  private static long rssMegabytes(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
        }
      }
    } catch (java.io.IOException e) {
      // not Linux: no figure
    }
    return -1;
  }

  private static long heapAfterGc() {
    System.gc();
    Runtime runtime = Runtime.getRuntime();
    return (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
  }

  // ---------------------------------------------------------------- people

  private Authentication applicantOf(Case c) {
    return new Authentication(c.applicant(), List.of(Groups.APPLICANTS), List.of(c.stateCode()));
  }

  private Authentication nabardOf(String stateCode) {
    return new Authentication("scale.nabard." + stateCode.toLowerCase(Locale.ROOT), List.of(Groups.nabard(stateCode)),
        List.of(stateCode));
  }

  private static <T> T as(ProcessEngine on, Authentication who, Supplier<T> action) {
    on.getIdentityService().setAuthentication(who);
    try {
      return action.get();
    } finally {
      on.getIdentityService().clearAuthentication();
    }
  }

  private static Filter filter(ProcessEngine on, String name) {
    return on.getFilterService().createFilterQuery().filterName(name).singleResult();
  }

  private void print(String format, Object... args) {
    String line = String.format(format, args);
    System.out.print(line);
    report.append(line);
  }

  private static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
