package org.sahakarflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.scripting.defaults.DefaultParameterHandler;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sahakarflow.CaseDriver;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.StepIds;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The task list and count with the EXISTS authorization check show each user exactly the tasks the
 * engine's own join showed: the same ids, counts and pages, for the Tasklist's filters and for
 * queries with candidates, or-queries, variables and sorting by a variable, for officers,
 * registrars, applicants, NABARD, the ministry and the administrator of two States, with a task
 * granted by its id alone, one granted by its process definition's key and a revoke. The engine's
 * join is run in the same test by taking the plugin's statement mapping away for the reference.
 * Users who read few tasks are asked from their grants, those who read every task along the due
 * dates (TaskReaders); both must give the same answers.
 */
@SahakarTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskQueryExistsTest {

  static final List<String> USERS = List.of("rcs.rj-udr", "registrar.rj", "applicant.rj-udr", "nabard.rj",
      "inspector.rj-udr", "dccb.rj-udr", "ministry", "admin", "rcs.ap-tpt", "registrar.ap", "applicant.ap-tpt");

  /** The engine's most results a signed-in user may ask for at once (query-max-results-limit). */
  static final int LIMIT = 2000;

  @Autowired
  ProcessEngine engine;
  @Autowired
  ProcessEngineConfigurationImpl configuration;

  /** The walked tasks by what they are. */
  final Map<String, String> walked = new LinkedHashMap<>();
  String definitionGrant;

  @BeforeAll
  void walkCases() {
    CaseDriver driver = new CaseDriver(engine);
    String upload = driver.apply("mpacs-registration", "applicant.rj-udr",
        CaseDriver.application("RJ", "RJ-UDR", 25)).getBusinessKey();
    driver.runAsyncSteps(upload);
    walked.put("upload RJ", driver.task(upload, StepIds.TASK_UPLOAD_DOCUMENTS).getId());
    String viability = driver.apply("mpacs-registration", "applicant.rj-udr",
        CaseDriver.application("RJ", "RJ-UDR", 25)).getBusinessKey();
    driver.runAsyncSteps(viability);
    driver.uploadDocuments(viability);
    walked.put("viability RJ", driver.task(viability, StepIds.TASK_RECORD_VIABILITY_NOTE).getId());
    String scrutiny = driver.mpacsAtScrutiny("RJ", "RJ-UDR", "applicant.rj-udr");
    walked.put("scrutiny RJ", driver.task(scrutiny, StepIds.TASK_SCRUTINISE_APPLICATION).getId());
    String claimed = driver.mpacsAtScrutiny("RJ", "RJ-UDR", "applicant.rj-udr");
    Task claimedTask = driver.task(claimed, StepIds.TASK_SCRUTINISE_APPLICATION);
    engine.getTaskService().claim(claimedTask.getId(), "rcs.rj-udr");
    walked.put("claimed RJ", claimedTask.getId());
    String other = driver.mpacsAtScrutiny("AP", "AP-TPT", "applicant.ap-tpt");
    walked.put("scrutiny AP", driver.task(other, StepIds.TASK_SCRUTINISE_APPLICATION).getId());

    // granted by its id alone: no process definition, no tenant
    Task standalone = engine.getTaskService().newTask();
    standalone.setName("Standalone task of the EXISTS test");
    engine.getTaskService().saveTask(standalone);
    walked.put("standalone", standalone.getId());
    grant(a -> {
      a.setUserId("inspector.rj-udr");
      a.setResource(Resources.TASK);
      a.setResourceId(standalone.getId());
      a.addPermission(Permissions.READ);
    });
    // granted by the key of the scrutiny's process definition
    String scrutinyKey = engine.getRepositoryService().getProcessDefinition(
        driver.task(scrutiny, StepIds.TASK_SCRUTINISE_APPLICATION).getProcessDefinitionId()).getKey();
    definitionGrant = grant(a -> {
      a.setUserId("dccb.rj-udr");
      a.setResource(Resources.PROCESS_DEFINITION);
      a.setResourceId(scrutinyKey);
      a.addPermission(ProcessDefinitionPermissions.READ_TASK);
    });
  }

  @AfterAll
  void removeWhatOnlyThisTestUses() {
    engine.getTaskService().deleteTask(walked.get("standalone"), true);
    engine.getAuthorizationService().deleteAuthorization(definitionGrant);
  }

  private String grant(java.util.function.Consumer<Authorization> fill) {
    AuthorizationService authorizations = engine.getAuthorizationService();
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    fill.accept(grant);
    return authorizations.saveAuthorization(grant).getId();
  }

  @Test
  void eachUserSeesExactlyWhatTheEngineJoinShowed() {
    Map<String, Set<String>> expected = Map.ofEntries(
        Map.entry("rcs.rj-udr", Set.of("scrutiny RJ", "claimed RJ")),
        // a State's registrar reads every task ('*'): their State's, and those of no State
        Map.entry("registrar.rj", Set.of("upload RJ", "viability RJ", "scrutiny RJ", "claimed RJ", "standalone")),
        Map.entry("applicant.rj-udr", Set.of("upload RJ")),
        Map.entry("nabard.rj", Set.of("viability RJ")),
        Map.entry("inspector.rj-udr", Set.of("standalone")),
        Map.entry("dccb.rj-udr", Set.of("scrutiny RJ", "claimed RJ")),
        Map.entry("admin", Set.copyOf(walked.keySet())),
        Map.entry("rcs.ap-tpt", Set.of("scrutiny AP")),
        Map.entry("registrar.ap", Set.of("scrutiny AP", "standalone")),
        Map.entry("applicant.ap-tpt", Set.of()));
    List<String> differences = new ArrayList<>();
    for (String user : USERS) {
      Caller caller = caller(user);
      Map<String, Object> answers = asUser(caller, () -> answers(caller));
      Map<String, Object> reference = asUser(caller, () -> withEngineJoin(() -> answers(caller)));
      answers.forEach((query, answer) -> {
        if (!answer.equals(reference.get(query))) {
          differences.add(user + ", " + query + ": " + answer + " where the engine's join gave " + reference.get(query));
        }
      });

      List<Task> visible = asUser(caller, () -> engine.getTaskService().createTaskQuery().listPage(0, LIMIT));
      Set<String> seen = new TreeSet<>();
      walked.forEach((name, id) -> {
        if (visible.stream().anyMatch(t -> t.getId().equals(id))) {
          seen.add(name);
        }
      });
      // the ministry reads every task ('*') of the States it is a tenant of, and those of no State
      Set<String> intended = user.equals("ministry") ? ministryView(caller) : expected.get(user);
      assertThat(seen).as("walked tasks %s sees", user).isEqualTo(new TreeSet<>(intended));
      if (!caller.groups.contains("camunda-admin")) {
        assertThat(visible).as("tasks of other States that %s sees", user)
            .allMatch(t -> t.getTenantId() == null || caller.tenants.contains(t.getTenantId()));
      }
    }
    assertThat(differences).isEmpty();
  }

  @Test
  void aRevokeHidesTheTaskAsTheEngineDecidesIt() {
    Authorization revoke = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
    revoke.setUserId("rcs.rj-udr");
    revoke.setResource(Resources.TASK);
    revoke.setResourceId(walked.get("scrutiny RJ"));
    revoke.removePermission(Permissions.READ);
    String revokeId = engine.getAuthorizationService().saveAuthorization(revoke).getId();
    try {
      Caller caller = caller("rcs.rj-udr");
      Map<String, Object> answers = asUser(caller, () -> answers(caller));
      assertThat(answers).isEqualTo(asUser(caller, () -> withEngineJoin(() -> answers(caller))));
      @SuppressWarnings("unchecked")
      List<String> all = (List<String>) answers.get("all");
      assertThat(all).doesNotContain(walked.get("scrutiny RJ")).contains(walked.get("claimed RJ"));
    } finally {
      engine.getAuthorizationService().deleteAuthorization(revokeId);
    }
  }

  @Test
  void theTaskQueryAsksWithExistsAndTheReferenceJoins() {
    Caller caller = caller("rcs.rj-udr");
    for (String statement : TaskQueryExistsPlugin.STATEMENTS) {
      String ours = asUser(caller, () -> sql(statement));
      String engines = asUser(caller, () -> withEngineJoin(() -> sql(statement)));
      assertThat(ours).as(statement).containsIgnoringCase("exists (select 1 from")
          .doesNotContain("AUTH ON").doesNotContain("AUTH.RESOURCE_ID_");
      assertThat(engines).as(statement).contains("AUTH ON");
    }
  }

  @Test
  void whoReadsFewTasksIsAnsweredFromTheirGrantsWhoReadsAllByOneProbeOnEveryTask() {
    for (String user : List.of("rcs.rj-udr", "applicant.rj-udr", "nabard.rj", "dccb.rj-udr")) {
      Caller caller = caller(user);
      for (String statement : TaskQueryExistsPlugin.STATEMENTS) {
        assertThat(asUser(caller, () -> sql(statement))).as(user + ", " + statement)
            .contains("RES.ID_ in ( select A.RESOURCE_ID_ from");
      }
    }
    for (String user : List.of("ministry", "registrar.rj", "admin")) {
      Caller caller = caller(user);
      for (String statement : TaskQueryExistsPlugin.STATEMENTS) {
        assertThat(asUser(caller, () -> sql(statement))).as(user + ", " + statement)
            .doesNotContain("RES.ID_ in (").doesNotContain("A.RESOURCE_ID_ = RES.ID_")
            .doesNotContain("A.RESOURCE_ID_ = D.KEY_").contains("where A.RESOURCE_ID_ = '*'");
      }
    }
  }

  @Test
  void onlyAQueryJoiningRowsThatRepeatATaskAsksDistinct() {
    Caller caller = caller("registrar.rj");
    TaskService tasks = engine.getTaskService();
    Map<String, Supplier<TaskQuery>> once = Map.of(
        "all by due date", () -> tasks.createTaskQuery().orderByDueDate().asc(),
        "unassigned scrutinies", () -> tasks.createTaskQuery().taskUnassigned()
            .taskDefinitionKey(StepIds.TASK_SCRUTINISE_APPLICATION).processInstanceBusinessKeyLike("%RJ%"),
        "offered to the user", () -> tasks.createTaskQuery().taskCandidateUser(caller.userId).orderByDueDate().asc(),
        "mine or offered to me", () -> tasks.createTaskQuery().or().taskAssignee(caller.userId)
            .taskCandidateUser(caller.userId).endOr());
    Map<String, Supplier<TaskQuery>> repeating = Map.of(
        "offered to a group and involving the user", () -> tasks.createTaskQuery().taskCandidateGroupIn(caller.groups)
            .taskInvolvedUser(caller.userId),
        "sorted by a variable", () -> tasks.createTaskQuery()
            .orderByProcessVariable("districtCode", ValueType.STRING).asc());
    for (String statement : TaskQueryExistsPlugin.STATEMENTS) {
      once.forEach((name, query) -> assertThat(asUser(caller, () -> sql(statement, query.get())))
          .as(name + ", " + statement).doesNotContainIgnoringCase("distinct"));
      repeating.forEach((name, query) -> assertThat(asUser(caller, () -> sql(statement, query.get())))
          .as(name + ", " + statement).containsIgnoringCase("distinct"));
    }
  }

  @Test
  void oneConditionOnIdentityLinksIsAProbeTwoKeepTheJoinTheyShare() {
    Caller caller = caller("rcs.rj-udr");
    TaskService tasks = engine.getTaskService();
    Map<String, Supplier<TaskQuery>> probed = Map.of(
        "offered to the user", () -> tasks.createTaskQuery().taskCandidateUser(caller.userId),
        "offered to a group", () -> tasks.createTaskQuery().taskCandidateGroupIn(caller.groups).includeAssignedTasks(),
        "involving the user", () -> tasks.createTaskQuery().taskInvolvedUser(caller.userId),
        "mine or offered to me", () -> tasks.createTaskQuery().or().taskAssignee(caller.userId)
            .taskCandidateUser(caller.userId).endOr(),
        "with candidate groups", () -> tasks.createTaskQuery().withCandidateGroups());
    Map<String, Supplier<TaskQuery>> joined = Map.of(
        "offered to a group and involving the user", () -> tasks.createTaskQuery().taskCandidateGroupIn(caller.groups)
            .taskInvolvedUser(caller.userId),
        "offered to me or involving me", () -> tasks.createTaskQuery().or().taskCandidateUser(caller.userId)
            .taskInvolvedUser(caller.userId).endOr());
    String probe = "from ACT_RU_IDENTITYLINK I where I.TASK_ID_ = RES.ID_";
    for (String statement : TaskQueryExistsPlugin.STATEMENTS) {
      probed.forEach((name, query) -> assertThat(asUser(caller, () -> sql(statement, query.get())))
          .as(name + ", " + statement).containsIgnoringCase(probe).doesNotContainIgnoringCase("join ACT_RU_IDENTITYLINK"));
      joined.forEach((name, query) -> assertThat(asUser(caller, () -> sql(statement, query.get())))
          .as(name + ", " + statement).containsIgnoringCase("left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_")
          .doesNotContainIgnoringCase(probe));
    }
  }

  @Test
  void onPostgresqlATaskQueryForCandidatesIsPlannedForItsValuesOtherStatementsStayPrepared() {
    assumePostgresql();
    List<String> officer = preparedAfterGroupAndOwnTasks(caller("rcs.rj-udr"));
    assertThat(officer).as("the task list without candidates, prepared on the server")
        .anyMatch(sql -> sql.contains("from ACT_RU_TASK RES") && sql.contains("RES.ASSIGNEE_ = $"));
    assertThat(officer).as("an officer's task list asking for candidates, planned at each call")
        .noneMatch(sql -> sql.contains("ACT_RU_IDENTITYLINK I"));
    // the applicants' group is offered no step: the applicant's candidate tasks are their own few
    assertThat(preparedAfterGroupAndOwnTasks(caller("applicant.rj-udr")))
        .as("an applicant's task list asking for candidates, prepared on the server")
        .anyMatch(sql -> sql.contains("ACT_RU_IDENTITYLINK I"));
  }

  /**
   * An officer's candidate list reads the grants to the officer's groups from the app's index
   * alone, PERMS_ included: the one plan the database may not choose over the table (forbidden
   * here, as on a test database's few rows a scan of the table costs less). With the user's and
   * the groups' grants in one OR it could only visit the table.
   */
  @Test
  void onPostgresqlAnOfficersGroupGrantsAreReadFromAnIndexAlone() {
    assumePostgresql();
    Caller caller = caller("rcs.rj-udr");
    String plan = asUser(caller, () -> plan(engine.getTaskService().createTaskQuery()
        .taskCandidateUser(caller.userId).orderByDueDate().asc()));
    assertThat(plan).as(plan).containsIgnoringCase("Index Only Scan using " + TaskListIndexes.GROUP_GRANTS);
  }

  @Test
  void theGroupsWithoutTasksAreTheGroupsNoStepIsOfferedTo(
      @org.springframework.beans.factory.annotation.Value("${sahakar.engine.groups-without-tasks}") List<String> configured) {
    List<String> notWorkflow = engine.getIdentityService().createGroupQuery().list().stream()
        .filter(group -> !org.camunda.bpm.engine.authorization.Groups.GROUP_TYPE_WORKFLOW.equals(group.getType()))
        .map(Group::getId).toList();
    assertThat(configured).containsExactlyInAnyOrderElementsOf(notWorkflow);
    // the app's own processes: test-only models (bpmn-test/) may offer a step to any group
    String[] appProcesses = engine.getRepositoryService().createDeploymentQuery().deploymentName("sahakar-flow").list()
        .stream().flatMap(deployment -> engine.getRepositoryService().createProcessDefinitionQuery()
            .deploymentId(deployment.getId()).list().stream())
        .map(ProcessDefinition::getKey).distinct().toArray(String[]::new);
    assertThat(appProcesses).as("the app's processes").isNotEmpty();
    assertThat(engine.getTaskService().createTaskQuery().processDefinitionKeyIn(appProcesses)
        .taskCandidateGroupIn(configured).includeAssignedTasks().count())
        .as("open tasks of the app's processes offered to one of them").isZero();
  }

  /**
   * The statements prepared on the server that ran while a user's "My group tasks" and "My tasks"
   * ran eight times on one connection (pgjdbc prepares from a statement's fifth use; one command,
   * one connection; a page a use, so that MyBatis asks the database each time, not its session
   * cache). The pooled connection may hold statements prepared by earlier tests: only those whose
   * runs PostgreSQL counted up here are named.
   */
  private List<String> preparedAfterGroupAndOwnTasks(Caller caller) {
    return asUser(caller, () -> configuration.getCommandExecutorTxRequired().execute(context -> {
      java.sql.Connection connection = context.getDbSqlSession().getSqlSession().getConnection();
      Map<String, Long> before = preparedRuns(connection);
      for (int use = 0; use < 8; use++) {
        engine.getTaskService().createTaskQuery().taskCandidateUser(caller.userId).orderByDueDate().asc().listPage(use, 15);
        engine.getTaskService().createTaskQuery().taskAssignee(caller.userId).orderByDueDate().asc().listPage(use, 15);
      }
      return preparedRuns(connection).entrySet().stream()
          .filter(after -> after.getValue() > before.getOrDefault(after.getKey(), 0L)).map(Map.Entry::getKey).toList();
    }));
  }

  /** Each statement prepared on the connection, by how often PostgreSQL has planned or run it. */
  private static Map<String, Long> preparedRuns(java.sql.Connection connection) {
    try (java.sql.Statement statement = connection.createStatement();
        java.sql.ResultSet rows = statement.executeQuery(
            "select statement, generic_plans + custom_plans from pg_prepared_statements")) {
      Map<String, Long> runs = new HashMap<>();
      while (rows.next()) {
        runs.merge(rows.getString(1).replaceAll("\\s+", " "), rows.getLong(2), Long::sum);
      }
      return runs;
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What the task query and the Tasklist's filters answer the signed-in caller. */
  private Map<String, Object> answers(Caller caller) {
    TaskService tasks = engine.getTaskService();
    Map<String, Object> answers = new LinkedHashMap<>();
    answers.put("all", ids(tasks.createTaskQuery().orderByTaskId().asc().listPage(0, LIMIT)));
    answers.put("all count", tasks.createTaskQuery().count());
    answers.put("my group tasks, first 15", ids(tasks.createTaskQuery().taskCandidateUser(caller.userId)
        .orderByDueDate().asc().orderByTaskCreateTime().asc().orderByTaskId().asc().listPage(0, 15)));
    answers.put("my group tasks count", tasks.createTaskQuery().taskCandidateUser(caller.userId).count());
    if (!caller.groups.isEmpty()) {
      answers.put("candidate groups", ids(tasks.createTaskQuery().taskCandidateGroupIn(caller.groups)
          .includeAssignedTasks().orderByTaskId().asc().listPage(0, LIMIT)));
    }
    answers.put("mine or offered to me", ids(tasks.createTaskQuery().or().taskAssignee(caller.userId)
        .taskCandidateUser(caller.userId).endOr().orderByTaskId().asc().listPage(0, LIMIT)));
    answers.put("or count", tasks.createTaskQuery().or().taskAssignee(caller.userId)
        .taskCandidateUser(caller.userId).endOr().count());
    answers.put("involving me", ids(tasks.createTaskQuery().taskInvolvedUser(caller.userId)
        .orderByTaskId().asc().listPage(0, LIMIT)));
    answers.put("involving me count", tasks.createTaskQuery().taskInvolvedUser(caller.userId).count());
    answers.put("my group tasks with assigned ones, first 15", ids(tasks.createTaskQuery().taskCandidateUser(caller.userId)
        .includeAssignedTasks().orderByDueDate().asc().orderByTaskId().asc().listPage(0, 15)));
    answers.put("with candidate groups", tasks.createTaskQuery().withCandidateGroups().count());
    answers.put("with candidate users", ids(tasks.createTaskQuery().withCandidateUsers().includeAssignedTasks()
        .orderByTaskId().asc().listPage(0, LIMIT)));
    answers.put("without candidate groups", tasks.createTaskQuery().withoutCandidateGroups().count());
    if (!caller.groups.isEmpty()) {
      String like = caller.groups.get(0).substring(0, 3) + "%";
      answers.put("candidate group like", ids(tasks.createTaskQuery().taskCandidateGroupLike(like)
          .orderByTaskId().asc().listPage(0, LIMIT)));
      answers.put("offered to my groups and involving me", ids(tasks.createTaskQuery()
          .taskCandidateGroupIn(caller.groups).includeAssignedTasks().taskInvolvedUser(caller.userId)
          .orderByTaskId().asc().listPage(0, LIMIT)));
      answers.put("offered to my groups or involving me", ids(tasks.createTaskQuery().or()
          .taskCandidateGroupIn(caller.groups).taskInvolvedUser(caller.userId).endOr()
          .orderByTaskId().asc().listPage(0, LIMIT)));
      answers.put("offered to my groups or involving me count", tasks.createTaskQuery().or()
          .taskCandidateGroupIn(caller.groups).taskInvolvedUser(caller.userId).endOr().count());
      answers.put("Rajasthan's offered to my groups", ids(tasks.createTaskQuery().taskCandidateGroupIn(caller.groups)
          .or().processVariableValueEquals("stateCode", "RJ").taskInvolvedUser(caller.userId).endOr()
          .orderByTaskId().asc().listPage(0, LIMIT)));
    }
    answers.put("cases of Rajasthan", ids(tasks.createTaskQuery().processVariableValueEquals("stateCode", "RJ")
        .orderByTaskId().asc().listPage(0, LIMIT)));
    answers.put("by district, page 2", ids(tasks.createTaskQuery()
        .orderByProcessVariable("districtCode", ValueType.STRING).asc().orderByTaskId().asc().listPage(5, 10)));
    answers.put("unassigned scrutinies", tasks.createTaskQuery().taskUnassigned()
        .taskDefinitionKey(StepIds.TASK_SCRUTINISE_APPLICATION).count());
    answers.put("by business key", ids(tasks.createTaskQuery().processInstanceBusinessKeyLike("%RJ-UDR%")
        .orderByTaskId().asc().listPage(0, LIMIT)));
    for (Filter filter : engine.getFilterService().createFilterQuery().orderByFilterId().asc().listPage(0, 100)) {
      List<Task> listed = engine.getFilterService().listPage(filter.getId(), 0, LIMIT);
      answers.put("filter " + filter.getName(), new TreeSet<>(ids(listed)));
      answers.put("filter " + filter.getName() + " count", engine.getFilterService().count(filter.getId()));
    }
    return answers;
  }

  private Set<String> ministryView(Caller caller) {
    Set<String> view = new TreeSet<>();
    walked.forEach((name, id) -> {
      String tenant = engine.getTaskService().createTaskQuery().taskId(id).singleResult().getTenantId();
      if (tenant == null || caller.tenants.contains(tenant)) {
        view.add(name);
      }
    });
    return view;
  }

  private String sql(String statement) {
    return sql(statement, engine.getTaskService().createTaskQuery());
  }

  private String sql(String statement, TaskQuery asked) {
    return configuration.getCommandExecutorTxRequired().execute(context -> {
      TaskQueryImpl query = (TaskQueryImpl) asked;
      context.getAuthorizationManager().configureTaskQuery(query);
      context.getTenantManager().configureQuery(query);
      String mapped = configuration.getDbSqlSessionFactory().mapStatement(statement);
      return configuration.getSqlSessionFactory().getConfiguration().getMappedStatement(mapped)
          .getBoundSql(query).getSql().replaceAll("\\s+", " ");
    });
  }

  /** PostgreSQL's plan of the task list the query maps to, with scans of whole tables and bitmaps off. */
  private String plan(TaskQuery asked) {
    return configuration.getCommandExecutorTxRequired().execute(context -> {
      TaskQueryImpl query = (TaskQueryImpl) asked;
      context.getAuthorizationManager().configureTaskQuery(query);
      context.getTenantManager().configureQuery(query);
      MappedStatement statement = configuration.getSqlSessionFactory().getConfiguration()
          .getMappedStatement(configuration.getDbSqlSessionFactory().mapStatement("selectTaskByQueryCriteria"));
      BoundSql sql = statement.getBoundSql(query);
      java.sql.Connection connection = context.getDbSqlSession().getSqlSession().getConnection();
      try (java.sql.Statement settings = connection.createStatement();
          java.sql.PreparedStatement explain = connection.prepareStatement("explain " + sql.getSql())) {
        settings.execute("set local enable_seqscan = off");
        settings.execute("set local enable_bitmapscan = off");
        new DefaultParameterHandler(statement, query, sql).setParameters(explain);
        StringBuilder plan = new StringBuilder();
        try (java.sql.ResultSet rows = explain.executeQuery()) {
          while (rows.next()) {
            plan.append(rows.getString(1)).append('\n');
          }
        }
        return plan.toString();
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  private void assumePostgresql() {
    String database = configuration.getCommandExecutorTxRequired().execute(context -> {
      try {
        return context.getDbSqlSession().getSqlSession().getConnection().getMetaData().getDatabaseProductName();
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException(e);
      }
    });
    org.junit.jupiter.api.Assumptions.assumeTrue(database.equals("PostgreSQL"), "PostgreSQL only");
  }

  /** Runs the query with the engine's own task statements. */
  private <T> T withEngineJoin(Supplier<T> query) {
    DbSqlSessionFactory sessions = configuration.getDbSqlSessionFactory();
    Map<String, String> ours = sessions.getStatementMappings();
    Map<String, String> engines = new HashMap<>(ours);
    TaskQueryExistsPlugin.STATEMENTS.forEach(engines::remove);
    sessions.setStatementMappings(engines);
    try {
      return query.get();
    } finally {
      sessions.setStatementMappings(ours);
    }
  }

  record Caller(String userId, List<String> groups, List<String> tenants) {
  }

  /** The user with the groups and tenants the engine's REST signs them in with. */
  private Caller caller(String user) {
    IdentityService identity = engine.getIdentityService();
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    List<String> tenants = identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).list()
        .stream().map(Tenant::getId).toList();
    return new Caller(user, groups, tenants);
  }

  private <T> T asUser(Caller caller, Supplier<T> work) {
    engine.getIdentityService().setAuthentication(caller.userId, caller.groups, caller.tenants);
    try {
      return work.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private static List<String> ids(List<Task> tasks) {
    return tasks.stream().map(Task::getId).toList();
  }
}
