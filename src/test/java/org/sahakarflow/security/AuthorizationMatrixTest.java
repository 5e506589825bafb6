package org.sahakarflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sahakarflow.security.AuthorizationMatrix.ROWS;
import static org.sahakarflow.security.AuthorizationMatrix.USERS;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sahakarflow.CaseDriver;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.StepIds;
import org.sahakarflow.security.AuthorizationMatrix.CaseUse;
import org.sahakarflow.security.AuthorizationMatrix.Expect;
import org.sahakarflow.security.AuthorizationMatrix.Row;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** Walks {@link AuthorizationMatrix}: every user against every row, all mismatches in one failure. */
@SahakarTest
class AuthorizationMatrixTest {

  private static final List<String> OTHER_STATE = List.of("applicant.ap-tpt", "rcs.ap-tpt");

  /**
   * Cells that answer today otherwise than the table intends, each reported as a finding: the cell
   * is held to what it answers now, so the day it is mended this test asks for the line to go.
   */
  static final List<Finding> KNOWN_FINDINGS = List.of();

  /** Why some cells answer otherwise than intended, and what they answer now. */
  record Finding(String why, Expect answersNow, List<String> users, List<String> rows) {
    boolean covers(String row, String user) {
      return rows.contains(row) && users.contains(user);
    }
  }

  private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis() % 1_000_000 * 1000);

  @Autowired
  ProcessEngine engine;
  @Value("${local.server.port}")
  int port;

  @Test
  void everyRoleReachesEveryResourceExactlyAsTheTableSays() {
    AsUser as = new AsUser(port);
    CaseDriver driver = new CaseDriver(engine);
    Map<String, String> shared = caseAtScrutiny(driver);
    List<String> mismatches = new ArrayList<>();
    for (Row row : ROWS) {
      Map<String, String> rowCase = row.use() == CaseUse.SHARED ? shared : caseAtScrutiny(driver);
      if (row.use() == CaseUse.ROW_CLAIMED) {
        engine.getTaskService().claim(rowCase.get("{task}"), "rcs.rj-udr");
      }
      int successes = 0;
      // refusals first: a caller who may change the case does so after everyone else was refused
      for (int column : IntStream.range(0, USERS.size()).boxed()
          .sorted(Comparator.comparing(c -> row.cells().get(c).grants())).toList()) {
        String user = USERS.get(column);
        Expect intended = row.cells().get(column);
        boolean ownCase = row.use() == CaseUse.EACH_SUCCESS && intended.grants() && successes++ > 0;
        Map<String, String> facts = ownCase ? caseAtScrutiny(driver) : rowCase;
        String cell = check(as, row, user, intended, facts);
        if (cell != null) {
          mismatches.add(cell);
        }
      }
    }
    assertThat(mismatches).as("%d rows x %d users; cells that differ from the table",
        ROWS.size(), USERS.size()).isEmpty();
  }

  /** The cell's mismatch, or null if it answers as the table (or a known finding) says. */
  private String check(AsUser as, Row row, String user, Expect intended, Map<String, String> facts) {
    Map<String, String> call = new HashMap<>(facts);
    call.put("{user}", user);
    call.put("{serial}", Long.toString(SERIAL.incrementAndGet()));
    String path = fill(row.path(), call);
    HttpResponse<String> response = as.send(user, row.method(), path, row.body(text -> fill(text, call)));
    String target = row.target() == null ? null : fill(row.target(), call);
    Finding finding = KNOWN_FINDINGS.stream()
        .filter(f -> f.covers(row.name(), user)).findFirst().orElse(null);
    Expect expected = finding == null ? intended : finding.answersNow();
    String body = response.body() == null ? "" : response.body();
    String where = row.name() + " x " + user + " (" + row.method() + " " + path + ")";
    if (finding != null && intended.met(response.statusCode(), body, target)) {
      return where + ": known finding mended, now " + intended.text + " as intended; drop it from KNOWN_FINDINGS";
    }
    if (expected.met(response.statusCode(), body, target)) {
      return null;
    }
    return where + ": expected " + expected.text + ", got " + response.statusCode() + " "
        + body.substring(0, Math.min(body.length(), 160));
  }

  private static String fill(String template, Map<String, String> facts) {
    String filled = template;
    for (Map.Entry<String, String> fact : facts.entrySet()) {
      filled = filled.replace(fact.getKey(), fact.getValue());
    }
    return filled;
  }

  /** A new Udaipur M-PACS case at the registrar's scrutiny, and the facts the rows name. */
  private Map<String, String> caseAtScrutiny(CaseDriver driver) {
    String key = driver.mpacsAtScrutiny("RJ", "RJ-UDR", "applicant.rj-udr");
    Task scrutiny = driver.task(key, StepIds.TASK_SCRUTINISE_APPLICATION);
    Map<String, String> facts = new HashMap<>();
    facts.put("{key}", key);
    facts.put("{task}", scrutiny.getId());
    facts.put("{instance}", scrutiny.getProcessInstanceId());
    facts.put("{case}", engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(key)
        .processDefinitionKey("mpacs-registration").singleResult().getId());
    facts.put("{job}", driver.timer(key, StepIds.TIMER_SCRUTINY_REMINDER).getId());
    facts.put("{filter}", engine.getFilterService().createFilterQuery().filterName("All tasks I can see")
        .singleResult().getId());
    facts.put("{deployment}", engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("mpacs-registration").latestVersion().withoutTenantId().singleResult().getDeploymentId());
    return facts;
  }

  /** What the administrator's successful calls created outside any case. */
  @AfterEach
  void removeProbes() {
    engine.getRepositoryService().createDeploymentQuery().deploymentNameLike(AuthorizationMatrix.PROBE_PREFIX + "%")
        .list().forEach(d -> engine.getRepositoryService().deleteDeployment(d.getId(), true));
    engine.getIdentityService().createUserQuery().userFirstName("Matrix").userLastName("Probe").list()
        .forEach(u -> engine.getIdentityService().deleteUser(u.getId()));
  }
}
