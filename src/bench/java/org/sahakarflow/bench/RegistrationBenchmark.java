package org.sahakarflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.StepIds;
import org.sahakarflow.identity.Groups;
import org.sahakarflow.identity.Grants;
import org.sahakarflow.registration.RegistrationRequest;
import org.sahakarflow.registration.RegistrationSubmissions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Prints throughput and latency of complete M-PACS registrations through the services the UI and
 * API use, next to a bare-engine baseline with the same user tasks on the same database. Not part
 * of {@code ./mvnw verify}; run it with {@code ./mvnw -Pbench verify} (see docs/benchmarks.md).
 * It asserts only that every case ended as expected, never a timing.
 */
@SahakarTest
// without SMTP every notice is written to the log in full; four per case would bury the figures
@TestPropertySource(properties = "logging.level.org.sahakarflow.notification.NoticeMailer=WARN")
class RegistrationBenchmark {

  static final int CASES = Integer.getInteger("bench.cases", 2000);
  static final double QUERY_SHARE = Double.parseDouble(System.getProperty("bench.queryShare", "0.2"));
  static final int WARMUP = Integer.getInteger("bench.warmup", 50);
  static final int BLOCK = Integer.getInteger("bench.block", 10);
  /** Cases per side between two vacuums when the server's autovacuum is off (see {@link Housekeeping}). */
  static final int VACUUM_EVERY = Integer.getInteger("bench.vacuumEvery", 100);
  static final String BASELINE = "bench-baseline";
  static final String MPACS = "mpacs-registration";

  @Autowired
  ProcessEngine engine;
  @Autowired
  ApplicationContext context;
  @Autowired
  Grants grants;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  ObjectMapper json;
  int strippedListeners;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    BenchDatabase.register(registry);
  }

  @Test
  void registrationsAgainstTheBareEngine() throws Exception {
    deployBaseline();
    CaseWalker walker = new CaseWalker(engine, new Actors(engine.getIdentityService()));
    Applications applications = new Applications(json);
    RegistrationSubmissions submissions = new RegistrationSubmissions(context);
    String[] lastBaselineInstance = new String[1];
    Supplier<String> appStart = () -> submissions.submit(applications.next());
    Supplier<String> baselineStart = () -> {
      RegistrationRequest request = applications.next();
      ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(BASELINE,
          "BENCH-" + applications.serial(), applications.variables(request));
      lastBaselineInstance[0] = instance.getId();
      return instance.getBusinessKey();
    };
    Side app = new Side("app");
    Side baseline = new Side("baseline");
    double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    long registeredBefore = ended(MPACS, StepIds.END_SOCIETY_REGISTERED);
    long baselineBefore = ended(BASELINE, StepIds.END_DECIDED);
    long societiesBefore = societies();

    String database = BenchDatabase.describe(jdbc);
    Housekeeping housekeeping = Housekeeping.of(jdbc, database);
    for (int i = 0; i < WARMUP; i++) {
      walker.walk(app, appStart, queryLoop(i));
      walker.walk(baseline, baselineStart, queryLoop(i));
    }
    housekeeping.vacuum();
    app.reset();
    baseline.reset();
    // blocks alternate which side goes first, so both see the same database growth and noise
    for (int from = 0, block = 0; from < CASES; from += BLOCK, block++) {
      int to = Math.min(from + BLOCK, CASES);
      Side first = block % 2 == 0 ? app : baseline;
      run(walker, first, first == app ? appStart : baselineStart, from, to);
      Side second = first == app ? baseline : app;
      run(walker, second, second == app ? appStart : baselineStart, from, to);
      if (to % VACUUM_EVERY < BLOCK && to < CASES) {
        housekeeping.vacuum();
      }
    }

    int total = WARMUP + CASES;
    assertThat(ended(MPACS, StepIds.END_SOCIETY_REGISTERED) - registeredBefore).as("M-PACS cases registered").isEqualTo(total);
    assertThat(societies() - societiesBefore).as("societies in the register").isEqualTo(total);
    assertThat(ended(BASELINE, StepIds.END_DECIDED) - baselineBefore).as("baseline cases ended").isEqualTo(total);
    assertThat(engine.getAuthorizationService().createAuthorizationQuery()
        .resourceId(lastBaselineInstance[0]).count())
        .as("case grants on a baseline case").isZero();
    assertThat(baseline.tasks()).as("user tasks, baseline vs app").isEqualTo(app.tasks());

    report(database, app, baseline, loadBefore, housekeeping);
  }

  private void run(CaseWalker walker, Side side, Supplier<String> start, int from, int to) {
    long started = System.nanoTime();
    for (int i = from; i < to; i++) {
      walker.walk(side, start, queryLoop(i));
    }
    side.wallNanos += System.nanoTime() - started;
  }

  /** Spreads the query loop evenly: with a share of 0.2, every fifth case. */
  static boolean queryLoop(int index) {
    return Math.floor((index + 1) * QUERY_SHARE) > Math.floor(index * QUERY_SHARE);
  }

  /**
   * Deploys the baseline, lets applicants start it (as the app's models let them start theirs),
   * and takes off it the listeners the app's plugins attach to every process (case grants, read
   * model), so that the baseline runs no app code at all.
   */
  private void deployBaseline() {
    engine.getRepositoryService().createDeployment().name(BASELINE)
        .addClasspathResource("bpmn-test/" + BASELINE + ".bpmn").enableDuplicateFiltering(false).deploy();
    ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(BASELINE).latestVersion().singleResult();
    grants.toGroup(Groups.APPLICANTS, Resources.PROCESS_DEFINITION, BASELINE,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
    strippedListeners = BareDefinition.strip(engine, definition.getId());
  }

  private long ended(String processKey, String endEventId) {
    return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(processKey).list()
        .stream().mapToLong(d -> engine.getHistoryService().createHistoricActivityInstanceQuery()
            .processDefinitionId(d.getId()).activityId(endEventId).finished().count())
        .sum();
  }

  private long societies() {
    return jdbc.queryForObject("select count(*) from society", Long.class);
  }

  private void report(String database, Side app, Side baseline, double loadBefore, Housekeeping housekeeping)
      throws Exception {
    String report = new BenchReport(database, CASES, QUERY_SHARE, WARMUP, BLOCK, strippedListeners,
        housekeeping.describe(VACUUM_EVERY)).format(app, baseline, loadBefore);
    System.out.print("\n" + report);
    String file = database.toLowerCase().startsWith("postgres") ? "postgresql" : "h2";
    Files.writeString(Path.of("target", "registration-benchmark-" + file + ".txt"), report);
  }
}
