package org.sahakarflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.scripting.defaults.DefaultParameterHandler;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.identity.Groups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Prints how long an officer's "My group tasks" takes in Tasklist (the filter's count and its
 * first page of 15 by due date) with thousands of open tasks offered to the officer's group, once
 * with the engine's own statements (the authorization join) and once with the app's EXISTS check
 * ({@code engine.TaskQueryExistsPlugin}), in the same process on the same data. The tasks come
 * from a one-step process offered to the district office, so each carries the engine's per-task
 * grant to the group, as every step of a case does. Not part of {@code ./mvnw verify}; run it with
 * {@code ./mvnw -Pbench verify -Dtest=TaskListBenchmark} (see docs/benchmarks.md). It asserts only
 * that both statements answer alike, never a timing.
 */
@SahakarTest
class TaskListBenchmark {

  static final int TASKS = Integer.getInteger("bench.tasks", 7500);
  static final int ROUNDS = Integer.getInteger("bench.rounds", 10);
  static final int WARMUP = Integer.getInteger("bench.warmup", 2);
  static final String KEY = "bench-task-list";
  static final String OFFICER = "rcs.rj-udr";
  static final String GROUP = Groups.rcsDistrict("RJ-UDR");
  static final List<String> STATEMENTS = List.of("selectTaskByQueryCriteria", "selectTaskCountByQueryCriteria");

  @Autowired
  ProcessEngine engine;
  @Autowired
  ProcessEngineConfigurationImpl configuration;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  PlatformTransactionManager transactions;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    BenchDatabase.register(registry);
  }

  @Test
  void myGroupTasksWithTheJoinAndWithExists() throws Exception {
    String database = BenchDatabase.describe(jdbc);
    long openBefore = engine.getTaskService().createTaskQuery().taskCandidateGroup(GROUP).count();
    long createStarted = System.nanoTime();
    openTasks((int) Math.max(0, TASKS - openBefore));
    double createSeconds = (System.nanoTime() - createStarted) / 1e9;
    boolean postgres = database.toLowerCase().startsWith("postgres");
    if (postgres) {
      // the planner must know the tables' new size, as autovacuum would have told it by now
      jdbc.execute("vacuum (analyze)");
    }
    long grants = jdbc.queryForObject("select count(*) from ACT_RU_AUTHORIZATION", Long.class);
    long groupGrants = jdbc.queryForObject("select count(*) from ACT_RU_AUTHORIZATION where GROUP_ID_ = ?",
        Long.class, GROUP);

    Filter myGroupTasks = engine.getFilterService().createFilterQuery().filterName("My group tasks").singleResult();
    Latencies joinCount = new Latencies();
    Latencies joinPage = new Latencies();
    Latencies existsCount = new Latencies();
    Latencies existsPage = new Latencies();
    double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    long visible = 0;
    for (int round = 0; round < WARMUP + ROUNDS; round++) {
      boolean measured = round >= WARMUP;
      Answer joined = null;
      Answer exists = null;
      // the two sides take turns going first
      for (int turn = 0; turn < 2; turn++) {
        if ((round + turn) % 2 == 0) {
          joined = asOfficer(() -> withEngineJoin(() -> measure(myGroupTasks,
              measured ? joinCount : null, measured ? joinPage : null)));
        } else {
          exists = asOfficer(() -> measure(myGroupTasks, measured ? existsCount : null, measured ? existsPage : null));
        }
      }
      assertThat(exists).as("the EXISTS check's answer against the join's").isEqualTo(joined);
      visible = exists.count();
    }
    assertThat(visible).as("tasks the officer sees").isGreaterThanOrEqualTo(TASKS);

    String report = """
        Task list benchmark: %s, %d open tasks offered to %s (%d created in %.0f s), %s sees %d
        ACT_RU_AUTHORIZATION: %d rows, %d of them the group's; "My group tasks" filter as %s
        %d rounds after %d warm-up; the two sides alternate first; load average %.2f before, %.2f after
                                     count                         first 15 by due date
        engine join (AUTH join)      %-28s  %s
        EXISTS (TaskQueryExists)     %-28s  %s
        """.formatted(database, openBefore + Math.max(0, TASKS - openBefore), GROUP,
        Math.max(0, TASKS - openBefore), createSeconds, OFFICER, visible, grants, groupGrants, OFFICER,
        ROUNDS, WARMUP, loadBefore, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        joinCount.summary(), joinPage.summary(), existsCount.summary(), existsPage.summary());
    if (postgres) {
      report += "\nPlans of the count (EXPLAIN ANALYZE, after the rounds):\n"
          + "-- engine join\n" + asOfficer(() -> withEngineJoin(() -> countPlan()))
          + "-- EXISTS\n" + asOfficer(this::countPlan);
    }
    System.out.print("\n" + report);
    Files.writeString(Path.of("target", "task-list-benchmark-" + (postgres ? "postgresql" : "h2") + ".txt"), report);
  }

  record Answer(long count, List<String> page) {
  }

  private Answer measure(Filter filter, Latencies count, Latencies page) {
    long started = System.nanoTime();
    long total = engine.getFilterService().count(filter.getId());
    long counted = System.nanoTime();
    List<Task> first = engine.getFilterService().listPage(filter.getId(), 0, 15);
    long listed = System.nanoTime();
    if (count != null) {
      count.add(counted - started);
      page.add(listed - counted);
    }
    return new Answer(total, first.stream().map(Task::getId).toList());
  }

  /** PostgreSQL's plan of the count the filter runs, with the statement the engine maps it to now. */
  private String countPlan() {
    return configuration.getCommandExecutorTxRequired().execute(context -> {
      TaskQueryImpl query = (TaskQueryImpl) engine.getTaskService().createTaskQuery().taskCandidateUser(OFFICER);
      context.getAuthorizationManager().configureTaskQuery(query);
      context.getTenantManager().configureQuery(query);
      MappedStatement statement = configuration.getSqlSessionFactory().getConfiguration()
          .getMappedStatement(configuration.getDbSqlSessionFactory().mapStatement("selectTaskCountByQueryCriteria"));
      BoundSql sql = statement.getBoundSql(query);
      StringBuilder plan = new StringBuilder();
      try (Connection connection = jdbc.getDataSource().getConnection();
          PreparedStatement explain = connection.prepareStatement("explain (analyze, buffers) " + sql.getSql())) {
        new DefaultParameterHandler(statement, query, sql).setParameters(explain);
        try (ResultSet rows = explain.executeQuery()) {
          while (rows.next()) {
            plan.append(rows.getString(1)).append('\n');
          }
        }
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      return plan.toString();
    });
  }

  /** Starts one-step cases in transactions of 250, their due dates a minute apart. */
  private void openTasks(int count) {
    engine.getRepositoryService().createDeployment().name(KEY)
        .addModelInstance(KEY + ".bpmn", Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1)
            .startEvent().userTask("Task_Work").name("Work").camundaCandidateGroups(GROUP)
            .camundaDueDate("${due}").endEvent().done())
        .deploy();
    TransactionTemplate inOne = new TransactionTemplate(transactions);
    long firstDue = System.currentTimeMillis() + 86_400_000L;
    for (int from = 0; from < count; from += 250) {
      int start = from;
      int to = Math.min(from + 250, count);
      inOne.executeWithoutResult(status -> {
        for (int i = start; i < to; i++) {
          Map<String, Object> variables = new HashMap<>();
          variables.put("stateCode", "RJ");
          variables.put("districtCode", "RJ-UDR");
          variables.put("due", new Date(firstDue + i * 60_000L));
          engine.getRuntimeService().startProcessInstanceByKey(KEY, "BENCH-TL-" + i, variables);
        }
      });
    }
  }

  private <T> T withEngineJoin(Supplier<T> query) {
    DbSqlSessionFactory sessions = configuration.getDbSqlSessionFactory();
    Map<String, String> ours = sessions.getStatementMappings();
    Map<String, String> engines = new HashMap<>(ours);
    STATEMENTS.forEach(engines::remove);
    sessions.setStatementMappings(engines);
    try {
      return query.get();
    } finally {
      sessions.setStatementMappings(ours);
    }
  }

  private <T> T asOfficer(Supplier<T> work) {
    List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(OFFICER).list().stream()
        .map(Group::getId).toList();
    List<String> tenants = engine.getIdentityService().createTenantQuery().userMember(OFFICER)
        .includingGroupsOfUser(true).list().stream().map(Tenant::getId).toList();
    engine.getIdentityService().setAuthentication(OFFICER, groups, tenants);
    try {
      return work.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
