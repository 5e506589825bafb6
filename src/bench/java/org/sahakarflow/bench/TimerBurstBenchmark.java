package org.sahakarflow.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.sahakarflow.AppNode;
import org.sahakarflow.Cases;
import org.sahakarflow.Http;

/**
 * SLA timers due all at once on a database of national size, on one node and on two. The cases are
 * real M-PACS applications filed through {@code POST /api/registrations} on a node of the app (kept
 * in their database between runs and topped up to {@code timers.bench.open}); each waits at its
 * document upload with that step's reminder and escalation timers. A round starts its nodes as
 * child processes with the shipped job-executor settings and an SMTP server, lets them go idle,
 * then makes {@code timers.bench.due} escalation timers of cases not yet escalated due at the same
 * moment and waits until every escalation and the supervisor's notice after it has run. It prints
 * timers/s, lateness (the engine's job log against the due date), CPU ms per timer (the whole
 * machine, and the nodes' JVMs alone) and checks each timer fired exactly once. Asserts nothing
 * about time. Options in docs/benchmarks.md.
 */
class TimerBurstBenchmark {

  static final String DB = System.getProperty("timers.bench.db", "");
  static final String DB_USER = System.getProperty("timers.bench.dbUser", "postgres");
  static final int OPEN = Integer.getInteger("timers.bench.open", 100_000);
  static final int DUE = Integer.getInteger("timers.bench.due", 10_000);
  static final List<Integer> ROUNDS = Arrays.stream(System.getProperty("timers.bench.nodes", "1,2").split(","))
      .map(String::strip).filter(nodes -> !nodes.isEmpty()).map(Integer::valueOf).toList();
  static final int CLIENTS = Integer.getInteger("timers.bench.clients", 4);
  static final String HEAP = System.getProperty("timers.bench.heap", "1g");
  static final String[][] DISTRICTS = {
      {"applicant.rj-udr", "RJ", "RJ-UDR"}, {"applicant.ap-tpt", "AP", "AP-TPT"},
      {"applicant.up-lko", "UP", "UP-LKO"}, {"applicant.od-kho", "OD", "OD-KHO"}};
  static final String ESCALATION_TIMER = "Timer_UploadDue";

  static final String BARE_TIMER = "bare-due";

  final ObjectMapper json = new ObjectMapper();
  final StringBuilder report = new StringBuilder();
  /** The database and the timer the helpers below work on: the app's, or the bare engine's. */
  String url = DB;
  String timerActivity = ESCALATION_TIMER;

  @Test
  void slaTimersDueAtOnce() throws Exception {
    assumeTrue(DB.startsWith("jdbc:postgresql:"), "PostgreSQL only: name its database with -Dtimers.bench.db");
    ensureDatabase();
    fill();
    print("%n%-7s %8s %9s %10s %14s %14s %12s %12s %9s%n", "nodes", "timers", "timers/s", "drain s",
        "lateness p50", "lateness p95", "CPU ms/timer", "JVM ms/timer", "once");
    for (int nodes : ROUNDS) {
      round(nodes);
    }
    if (Boolean.parseBoolean(System.getProperty("timers.bench.bare", "true"))) {
      bareRound();
    }
    Path out = Path.of("target", "timer-burst-benchmark.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report.toString());
  }

  /** Files applications until {@link #OPEN} cases wait at their upload, then lets their notices go out. */
  private void fill() throws Exception {
    int open = waitingForUpload();
    if (open >= OPEN) {
      System.out.printf("%,d cases already wait at their upload%n", open);
      return;
    }
    System.out.printf("filing %,d applications to reach %,d open cases%n", OPEN - open, OPEN);
    // without a mail host the notices are recorded, not sent: the fill measures nothing
    try (AppNode node = AppNode.start("fill", DB, DB_USER, HEAP, List.of())) {
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      long run = System.currentTimeMillis() % 1_000_000_000L;
      AtomicInteger next = new AtomicInteger();
      int missing = OPEN - open;
      Instant started = Instant.now();
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      List<Future<?>> work = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        work.add(clients.submit(() -> {
          for (int i = next.getAndIncrement(); i < missing; i = next.getAndIncrement()) {
            file(client, node, run, i);
            if (i % 10_000 == 9_999) {
              analyseIfNoAutovacuum();
            }
            if (i % 5_000 == 4_999) {
              System.out.printf("  %,d filed, %.0f/s%n", i + 1,
                  (i + 1) / (Duration.between(started, Instant.now()).toMillis() / 1000.0));
            }
          }
          return null;
        }));
      }
      for (Future<?> done : work) {
        done.get();
      }
      clients.shutdown();
      awaitNoDueJobs(Duration.ofHours(2));
    }
    try (Connection db = connect(); Statement vacuum = db.createStatement()) {
      // a server of its own runs autovacuum; build machines often run without it
      vacuum.execute("vacuum (analyze)");
    }
    System.out.printf("%,d cases wait at their upload%n", waitingForUpload());
  }

  /**
   * Without autovacuum the planner keeps the statistics of an empty database: at 75,000 cases each
   * read of a case's variables scanned the index of every variable not bound to a task (2.3 million
   * entries), and the fill slowed from 51 to 18 cases a second.
   */
  private void analyseIfNoAutovacuum() throws SQLException {
    try (Connection db = connect(); Statement statement = db.createStatement()) {
      try (ResultSet setting = statement.executeQuery("show autovacuum")) {
        if (setting.next() && "off".equals(setting.getString(1))) {
          statement.execute("analyze");
        }
      }
    }
  }

  private void file(HttpClient client, AppNode node, long run, int i) throws Exception {
    String[] who = DISTRICTS[i % DISTRICTS.length];
    String serial = run + "-" + i;
    Map<String, Object> body = Cases.mpacsApplication(who[1], who[2]);
    body.put("societyName", "Timer Bench PACS " + serial + " Limited");
    body.put("gramPanchayat", "Kheda " + serial);
    body.put("promoters", Cases.promoters(15, i).stream().peek(promoter ->
        promoter.put("householdId", "TB-" + serial + "-" + promoter.get("name").toString().replace(' ', '-'))).toList());
    body.put("dccbAccountNumber", "TB-" + serial);
    body.put("creditBalanceCertificateNumber", "CBC/TB/" + serial);
    body.put("feePaymentReference", "CHALLAN/TB/" + serial);
    body.put("chiefPromoterEmail", "promoter." + serial + "@example.in");
    String basic = Base64.getEncoder().encodeToString((who[0] + ":" + Http.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> created = client.send(HttpRequest.newBuilder(URI.create(node.baseUrl() + "/api/registrations"))
        .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
        .timeout(Duration.ofMinutes(1))
        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(),
        HttpResponse.BodyHandlers.ofString());
    if (created.statusCode() != 201) {
      throw new IllegalStateException("application " + serial + " refused: " + created.statusCode() + " " + created.body());
    }
  }

  private void round(int nodeCount) throws Exception {
    GreenMail smtp = new GreenMail(new ServerSetup(AppNode.freePort(), null, ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    List<AppNode> nodes = new ArrayList<>();
    try {
      for (int n = 1; n <= nodeCount; n++) {
        // the job log names the node by the engine's host name
        nodes.add(AppNode.start("timers-" + nodeCount + "-" + n, DB, DB_USER, HEAP, List.of(
            "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort(),
            "--camunda.bpm.generic-properties.properties.hostname=node-" + n)));
      }
      awaitNoDueJobs(Duration.ofMinutes(10));
      // the nodes found nothing to do for a while and sit in their idle back-off, as at night
      Thread.sleep(Duration.ofSeconds(15).toMillis());

      String[] timers = pickTimers();
      Duration nodesCpuBefore = cpuOf(nodes);
      boolean statements = resetStatements();
      long machineBefore = MachineCpu.busyMillis();
      Instant due = makeDue(timers);
      awaitDone(timers, Duration.ofHours(1));
      long machineMillis = MachineCpu.busyMillis() - machineBefore;
      long jvmMillis = cpuOf(nodes).minus(nodesCpuBefore).toMillis();
      Result result = result(timers, due);
      print("%-7d %,8d %9.1f %10.1f %11.0f ms %11.0f ms %12.1f %12.1f %9s%n", nodeCount, timers.length,
          timers.length / result.drainSeconds(), result.drainSeconds(), result.latenessP50(), result.latenessP95(),
          (double) machineMillis / timers.length, (double) jvmMillis / timers.length,
          result.firedOnce() + "/" + timers.length);
      print("        per node: %s; supervisor notices received: %,d%n", result.perNode(), smtp.getReceivedMessages().length);
      printStatements(statements, timers.length);
      assertEquals(timers.length, result.firedOnce(), "every timer fired exactly once");
    } finally {
      for (AppNode node : nodes) {
        node.close();
      }
      smtp.stop();
    }
  }

  /** Escalation timers of upload steps not yet escalated, due days from now. */
  private String[] pickTimers() throws SQLException {
    try (Connection db = connect(); PreparedStatement query = db.prepareStatement("""
        select j.id_ from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_
        where d.act_id_ = ? and j.duedate_ > now() + interval '1 day' and j.lock_owner_ is null
        order by j.id_ limit ?""")) {
      query.setString(1, timerActivity);
      query.setInt(2, DUE);
      List<String> ids = new ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getString(1));
        }
      }
      if (ids.size() < DUE) {
        throw new IllegalStateException("only " + ids.size() + " upload escalation timers left to fire; file more"
            + " cases (timers.bench.open) or start from a fresh database");
      }
      return ids.toArray(String[]::new);
    }
  }

  private Instant makeDue(String[] timers) throws SQLException {
    try (Connection db = connect(); PreparedStatement update = db.prepareStatement(
        "update act_ru_job set duedate_ = ? where id_ = any(?)")) {
      Instant due = Instant.now();
      update.setTimestamp(1, Timestamp.from(due));
      update.setArray(2, db.createArrayOf("varchar", timers));
      int made = update.executeUpdate();
      assertEquals(timers.length, made);
      return due;
    }
  }

  /** Until none of the timers is left and no escalation's notice waits. */
  private void awaitDone(String[] timers, Duration limit) throws Exception {
    Instant deadline = Instant.now().plus(limit);
    try (Connection db = connect();
        PreparedStatement left = db.prepareStatement("select count(*) from act_ru_job where id_ = any(?)");
        PreparedStatement due = db.prepareStatement(dueJobs())) {
      Array ids = db.createArrayOf("varchar", timers);
      left.setArray(1, ids);
      while (Instant.now().isBefore(deadline)) {
        if (count(left) == 0 && count(due) == 0) {
          return;
        }
        Thread.sleep(200);
      }
    }
    throw new IllegalStateException("the timers did not drain within " + limit);
  }

  private void awaitNoDueJobs(Duration limit) throws Exception {
    Instant deadline = Instant.now().plus(limit);
    try (Connection db = connect(); PreparedStatement due = db.prepareStatement(dueJobs())) {
      long last = -1;
      while (Instant.now().isBefore(deadline)) {
        long now = count(due);
        if (now == 0) {
          return;
        }
        if (now / 5_000 != last / 5_000) {
          System.out.printf("  %,d jobs due%n", now);
        }
        last = now;
        Thread.sleep(1000);
      }
    }
    throw new IllegalStateException("jobs still due after " + limit);
  }

  private static String dueJobs() {
    return "select count(*) from act_ru_job where retries_ > 0 and suspension_state_ = 1"
        + " and (duedate_ is null or duedate_ <= now())";
  }

  private Result result(String[] timers, Instant due) throws SQLException {
    try (Connection db = connect(); PreparedStatement runs = db.prepareStatement("""
        select job_id_, count(*), min(timestamp_), min(hostname_) from act_hi_job_log
        where job_id_ = any(?) and job_state_ = 2 group by job_id_""")) {
      runs.setArray(1, db.createArrayOf("varchar", timers));
      List<Long> lateness = new ArrayList<>();
      Map<String, Integer> perNode = new java.util.TreeMap<>();
      int once = 0;
      Instant last = due;
      try (ResultSet rows = runs.executeQuery()) {
        while (rows.next()) {
          once += rows.getInt(2) == 1 ? 1 : 0;
          Instant ran = rows.getTimestamp(3).toInstant();
          last = ran.isAfter(last) ? ran : last;
          lateness.add(Duration.between(due, ran).toMillis());
          perNode.merge(rows.getString(4), 1, Integer::sum);
        }
      }
      long[] sorted = lateness.stream().mapToLong(Long::longValue).sorted().toArray();
      return new Result(Math.max(Duration.between(due, last).toMillis(), 1) / 1000.0,
          percentile(sorted, 50), percentile(sorted, 95), once, perNode.toString());
    }
  }

  private static double percentile(long[] sorted, double p) {
    return sorted.length == 0 ? Double.NaN : sorted[Math.max((int) Math.ceil(p / 100 * sorted.length), 1) - 1];
  }

  private int waitingForUpload() throws SQLException {
    try (Connection db = connect(); PreparedStatement query = db.prepareStatement(
        "select count(*) from act_ru_task where task_def_key_ = 'Task_UploadDocuments'")) {
      return (int) count(query);
    } catch (SQLException noTablesYet) {
      return 0;
    }
  }

  private static long count(PreparedStatement query) throws SQLException {
    try (ResultSet row = query.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  private static Duration cpuOf(List<AppNode> nodes) {
    return nodes.stream().map(AppNode::cpu).reduce(Duration.ZERO, Duration::plus);
  }

  private void ensureDatabase() throws SQLException {
    try (Connection admin = DriverManager.getConnection(serverUrl("postgres"), DB_USER, "");
        PreparedStatement exists = admin.prepareStatement("select count(*) from pg_database where datname = ?")) {
      exists.setString(1, databaseName(DB));
      if (count(exists) == 0) {
        admin.createStatement().execute("create database " + databaseName(DB));
      }
    }
  }

  /**
   * The same burst on a bare engine in this JVM, on a fresh database beside the app's: a user task
   * for a candidate group whose non-interrupting due-date timer runs a step that does nothing, then
   * an async step that does nothing; full history, authorization on, the job executor's defaults
   * with the app's lock time and idle wait, JIT off. What the engine alone costs per escalation on
   * this machine, against which the app's figures are read.
   */
  private void bareRound() throws Exception {
    String bare = databaseName(DB) + "_bare";
    try (Connection admin = DriverManager.getConnection(serverUrl("postgres"), DB_USER, "");
        Statement ddl = admin.createStatement()) {
      ddl.execute("drop database if exists " + bare + " with (force)");
      ddl.execute("create database " + bare);
    }
    url = serverUrl(bare);
    timerActivity = BARE_TIMER;
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
        .createStandaloneProcessEngineConfiguration()
        .setJdbcUrl(url + "?options=-c%20jit%3Doff").setJdbcUsername(DB_USER).setJdbcPassword("")
        .setJdbcDriver("org.postgresql.Driver").setJdbcMaxActiveConnections(20)
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
        .setHistory(ProcessEngineConfiguration.HISTORY_FULL).setAuthorizationEnabled(true)
        .setJobExecutorActivate(false);
    ProcessEngine engine = configuration.buildProcessEngine();
    try {
      engine.getRepositoryService().createDeployment().addModelInstance("bare-timers.bpmn", Bpmn
          .createExecutableProcess("bare-timers").camundaHistoryTimeToLive(30)
          .startEvent()
          .userTask("bare-work").camundaCandidateGroups("officers")
          .boundaryEvent(BARE_TIMER).cancelActivity(false).timerWithDate("${due}")
          .serviceTask("bare-escalate").camundaExpression("${true}")
          .serviceTask("bare-notify").camundaAsyncBefore().camundaExpression("${true}")
          .endEvent()
          .moveToActivity("bare-work").endEvent()
          .done()).deploy();
      Date later = Date.from(Instant.now().plus(Duration.ofDays(30)));
      for (int i = 0; i < DUE; i++) {
        engine.getRuntimeService().startProcessInstanceByKey("bare-timers", "bare-" + i, Map.of("due", later));
      }
      try (Connection db = connect(); Statement vacuum = db.createStatement()) {
        vacuum.execute("vacuum (analyze)");
      }
      configuration.getJobExecutor().setLockTimeInMillis((int) Duration.ofMinutes(2).toMillis());
      configuration.getJobExecutor().setMaxWait(Duration.ofSeconds(10).toMillis());
      configuration.getJobExecutor().start();
      Thread.sleep(Duration.ofSeconds(15).toMillis());
      String[] timers = pickTimers();
      Duration jvmBefore = ownCpu();
      boolean statements = resetStatements();
      long machineBefore = MachineCpu.busyMillis();
      Instant due = makeDue(timers);
      awaitDone(timers, Duration.ofHours(1));
      long machineMillis = MachineCpu.busyMillis() - machineBefore;
      long jvmMillis = ownCpu().minus(jvmBefore).toMillis();
      Result result = result(timers, due);
      print("%-7s %,8d %9.1f %10.1f %11.0f ms %11.0f ms %12.1f %12.1f %9s%n", "bare", timers.length,
          timers.length / result.drainSeconds(), result.drainSeconds(), result.latenessP50(), result.latenessP95(),
          (double) machineMillis / timers.length, (double) jvmMillis / timers.length,
          result.firedOnce() + "/" + timers.length);
      printStatements(statements, timers.length);
      assertEquals(timers.length, result.firedOnce(), "every timer fired exactly once");
    } finally {
      configuration.getJobExecutor().shutdown();
      engine.close();
      url = DB;
      timerActivity = ESCALATION_TIMER;
    }
  }

  /**
   * Starts counting the database's statements anew, when the server loads pg_stat_statements
   * ({@code shared_preload_libraries}); the view is cluster-wide, so it lives in {@code postgres}.
   */
  private boolean resetStatements() {
    try (Connection admin = DriverManager.getConnection(serverUrl("postgres"), DB_USER, "");
        Statement statement = admin.createStatement()) {
      statement.execute("create extension if not exists pg_stat_statements");
      statement.execute("select pg_stat_statements_reset()");
      return true;
    } catch (SQLException notLoaded) {
      System.out.println("  (no statement figures: " + notLoaded.getMessage().lines().findFirst().orElse("") + ")");
      return false;
    }
  }

  /** Where the database's time went in the round: the busiest statements, per timer. */
  private void printStatements(boolean counted, int timers) throws SQLException {
    if (!counted) {
      return;
    }
    try (Connection admin = DriverManager.getConnection(serverUrl("postgres"), DB_USER, "");
        PreparedStatement busiest = admin.prepareStatement("""
            select calls, rows, total_exec_time, regexp_replace(query, '\\s+', ' ', 'g')
            from pg_stat_statements where dbid = (select oid from pg_database where datname = ?)
            order by total_exec_time desc limit 10""");
        PreparedStatement total = admin.prepareStatement("""
            select sum(calls), sum(total_exec_time) from pg_stat_statements
            where dbid = (select oid from pg_database where datname = ?)""")) {
      busiest.setString(1, databaseName(url));
      total.setString(1, databaseName(url));
      try (ResultSet sum = total.executeQuery()) {
        sum.next();
        print("        database: %.1f statements and %.1f ms of execution per timer; the busiest:%n",
            sum.getDouble(1) / timers, sum.getDouble(2) / timers);
      }
      try (ResultSet rows = busiest.executeQuery()) {
        while (rows.next()) {
          String query = rows.getString(4);
          print("        %8.2f ms %7.2f calls %9.2f rows  %s%n", rows.getDouble(3) / timers,
              (double) rows.getLong(1) / timers, (double) rows.getLong(2) / timers,
              query.length() > 150 ? query.substring(0, 150) + "…" : query);
        }
      }
    }
  }

  private static Duration ownCpu() {
    return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
  }

  private static String databaseName(String jdbcUrl) {
    return jdbcUrl.replaceFirst("^.*/([^/?]+)(\\?.*)?$", "$1");
  }

  private static String serverUrl(String database) {
    return DB.replaceFirst("/[^/?]+(\\?.*)?$", "/" + database);
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(url, DB_USER, "");
  }

  private void print(String format, Object... values) {
    String line = format.formatted(values);
    System.out.print(line);
    report.append(line);
  }

  record Result(double drainSeconds, double latenessP50, double latenessP95, int firedOnce, String perNode) {
  }

  /** Busy CPU time of the whole machine from /proc/stat, so the database's share counts too. */
  static final class MachineCpu {

    static long busyMillis() throws java.io.IOException {
      String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long busy = 0;
      // user nice system idle iowait irq softirq steal
      for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
        busy += Long.parseLong(fields[i]);
      }
      return busy * 1000 / 100; // USER_HZ is 100 on Linux
    }
  }
}
