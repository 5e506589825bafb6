package org.sahakarflow.insight;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.browser.Browser;
import org.sahakarflow.bylaws.AdoptionProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills PostgreSQL with a national history (1,000,000 completed steps, 100,000 open cases, 36
 * States/UTs, 720 districts) unless it is already there, then times every dashboard query 50
 * times and prints p50/p95/max. Not part of {@code ./mvnw verify} (not a *Test); run on its own:
 * see docs/insight.md. Asserts nothing about time.
 */
@SahakarTest
class InsightScaleBenchmark {

  static final int COMPLETED = Integer.getInteger("insight.bench.completed", 1_000_000);
  static final int OPEN = Integer.getInteger("insight.bench.open", 100_000);
  static final int RUNS = 50;
  static final int RENDER_RUNS = 20;

  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  DataSource dataSource;
  @Autowired
  InsightQueries queries;
  @Autowired
  FormationProgress formation;
  @Autowired
  AdoptionProgress adoption;
  @Value("${local.server.port}")
  int port;

  @Test
  void dashboardQueriesAtNationalScale() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      assumeTrue(connection.getMetaData().getDatabaseProductName().equals("PostgreSQL"), "PostgreSQL only");
    }
    generate();
    InsightScope ministry = new InsightScope(true, Set.of());
    InsightScope rajasthan = new InsightScope(false, Set.of("RJ"));
    Map<String, Supplier<List<?>>> cases = new LinkedHashMap<>();
    cases.put("steps, all States, 30 days", () -> queries.steps(filter(null, null, null, 30), ministry));
    cases.put("steps, all States, 90 days", () -> queries.steps(filter(null, null, null, 90), ministry));
    cases.put("steps, one State, 90 days", () -> queries.steps(filter("UP", null, null, 90), ministry));
    cases.put("steps, one district, 90 days", () -> queries.steps(filter(null, "UP-D07", null, 90), ministry));
    cases.put("steps, society type, 30 days", () -> queries.steps(filter(null, null, "DAIRY", 30), ministry));
    cases.put("steps, State registrar scope", () -> queries.steps(filter(null, null, null, 30), rajasthan));
    cases.put("heat, all States", () -> queries.heat(filter(null, null, null, 30), ministry));
    cases.put("oldest overdue, all States", () -> queries.oldestOverdue(filter(null, null, null, 30), ministry));
    cases.put("oldest overdue, one State", () -> queries.oldestOverdue(filter("MH", null, null, 30), ministry));
    cases.put("formation targets, all States", () -> formation.rows(ministry, null));
    List<String> allStates = List.of(STATES.replaceAll("[^A-Z,]", "").split(","));
    cases.put("bye-law adoption, all States", () -> adoption.rows(allStates, null));
    System.out.printf("%n%-34s %8s %8s %8s %6s%n", "query (" + RUNS + " runs)", "p50 ms", "p95 ms", "max ms", "rows");
    for (Map.Entry<String, Supplier<List<?>>> query : cases.entrySet()) {
      query.getValue().get(); // warm-up
      long[] millis = new long[RUNS];
      int rows = 0;
      for (int i = 0; i < RUNS; i++) {
        long start = System.nanoTime();
        rows = query.getValue().get().size();
        millis[i] = (System.nanoTime() - start) / 1_000_000;
      }
      Arrays.sort(millis);
      System.out.printf("%-34s %8d %8d %8d %6d%n", query.getKey(), millis[RUNS / 2],
          millis[(int) Math.ceil(RUNS * 0.95) - 1], millis[RUNS - 1], rows);
    }
    dashboardRender();
  }

  /**
   * The ministry's Cockpit dashboard in headless Chromium: from the start of the page's navigation
   * to every table in the page (the plugin marks that moment), on reloads of the signed-in page.
   */
  private void dashboardRender() throws Exception {
    try (Browser browser = new Browser(port)) {
      browser.signInToCockpit("ministry", Http.DEMO_PASSWORD);
      browser.clickable(By.id("sahakar-insight-link")).click();
      renderedMillis(browser); // warm-up: the first page after sign-in also loads Cockpit's scripts
      long[] millis = new long[RENDER_RUNS];
      for (int i = 0; i < RENDER_RUNS; i++) {
        browser.driver.navigate().refresh();
        millis[i] = renderedMillis(browser);
      }
      Arrays.sort(millis);
      System.out.printf("%ndashboard rendered, ms from navigation start to every table in the page (%d loads):"
          + " p50 %d, p95 %d, max %d%n", RENDER_RUNS, millis[RENDER_RUNS / 2],
          millis[(int) Math.ceil(RENDER_RUNS * 0.95) - 1], millis[RENDER_RUNS - 1]);
    }
  }

  private static long renderedMillis(Browser browser) {
    browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#sahakar-insight[data-loaded='true']")));
    Object mark = ((JavascriptExecutor) browser.driver).executeScript(
        "return performance.getEntriesByName('sahakar-insight-rendered')[0].startTime");
    return Math.round(((Number) mark).doubleValue());
  }

  private static InsightFilter filter(String state, String district, String type, int days) {
    return new InsightFilter(state, district, type, days, null);
  }

  static final String STATES = "'AN','AP','AR','AS','BR','CH','CG','DN','DL','GA','GJ','HR','HP','JK','JH','KA',"
      + "'KL','LA','LD','MP','MH','MN','ML','MZ','NL','OD','PY','PB','RJ','SK','TN','TS','TR','UP','UK','WB'";
  static final int SOCIETIES = 100_000;

  /** One SQL statement per table: PostgreSQL's generate_series, no round trips. */
  private void generate() {
    Integer present = jdbc.queryForObject("select count(*) from insight_step where task_id like 'bench-%'", Integer.class);
    Integer societies = jdbc.queryForObject("select count(*) from society where registration_number like 'BENCH/%'", Integer.class);
    if (present != null && present >= COMPLETED + OPEN && societies != null && societies >= SOCIETIES) {
      return;
    }
    jdbc.update("delete from bylaw_amendment where case_number like 'BENCH-%'");
    jdbc.update("delete from society where registration_number like 'BENCH/%'");
    jdbc.update("delete from insight_step where task_id like 'bench-%'");
    jdbc.update("delete from insight_case where case_id like 'bench-%'");
    String states = "array[" + STATES + "]";
    String steps = "array['mpacs-registration/Task_UploadDocuments','mpacs-registration/Task_RecordViabilityNote',"
        + "'dairy-registration/Task_RecordMilkSurvey','fisheries-registration/Task_CheckWaterBody',"
        + "'registrar-decision/Task_ScrutiniseApplication','registrar-decision/Task_AnswerQuery',"
        + "'registrar-decision/Task_InspectSociety','registrar-decision/Task_DecideRegistration',"
        + "'registration-appeal/Task_HearAppeal']";
    // each State allows 3 to 8 days; time taken is skewed long (random^4 of up to 400 h), so
    // States breach at different rates, as in life
    String rows = """
        insert into insight_step (task_id, case_id, process_instance_id, business_key, process_key, step,
          step_name, state_code, district_code, society_type, candidate_group, assignee, created_at, due_at,
          ended_at, end_reason, duration_seconds, breached, late_by_minutes)
        select 'bench-' || kind || '-' || g, 'bench-case-' || c, 'bench-case-' || c, 'BENCH-' || c,
          split_part(ps, '/', 1), split_part(ps, '/', 2), split_part(ps, '/', 2), st,
          st || '-D' || lpad(((c / 36) % 20)::text, 2, '0'),
          (array['MPACS','DAIRY','FISHERIES'])[1 + c % 3], 'rcs-district:' || st, null,
          created, created + allowed, ended, case when ended is null then null else 'completed' end,
          case when ended is null then null else took end,
          ended is not null and ended > created + allowed,
          case when ended > created + allowed then ((took - extract(epoch from allowed)) / 60)::bigint end
        from (
          select g, kind, c, st, ps, allowed, took,
            case when kind = 'd' then finished - make_interval(secs => took) else opened end created,
            case when kind = 'd' then finished end ended
          from (
            select g, 'KIND' kind, CASE_EXPR c, STATES[1 + (CASE_EXPR) % 36] st, STEPS[1 + g % 9] ps,
              make_interval(days => 3 + ((CASE_EXPR) % 36) % 6) allowed,
              (3600 * (2 + random() ^ 4 * 400))::bigint took,
              now() - random() * interval '365 days' finished,
              now() - random() * interval '20 days' opened
            from generate_series(1, COUNT) g
          ) base
        ) x""".replace("STATES", "(" + states + ")").replace("STEPS", "(" + steps + ")");
    long start = System.nanoTime();
    // completed: 8 steps per case, ended within the last year
    jdbc.update(rows.replace("KIND", "d").replace("CASE_EXPR", "g / 8").replace("COUNT", Integer.toString(COMPLETED)));
    // open: one open step per open case, opened within the last 20 days
    jdbc.update(rows.replace("KIND", "o").replace("CASE_EXPR", "1000000 + g").replace("COUNT", Integer.toString(OPEN)));
    jdbc.update("""
        insert into insight_case (case_id, business_key, process_key, state_code, district_code, society_type,
          started_at, ended_at, stage, stage_since)
        select case_id, min(business_key), min(process_key), min(state_code), min(district_code), min(society_type),
          min(created_at), case when bool_and(ended_at is not null) then max(ended_at) end,
          case when bool_and(ended_at is not null) then null else max(step) end, max(created_at)
        from insight_step where task_id like 'bench-%' group by case_id""");
    // the country's PACS (about 1 lakh), a fifth registered in the last year; 40 % have adopted the
    // Model Bye-laws, one in ten has an amendment open
    jdbc.update("""
        insert into society (registration_number, name, society_type, state_code, district_code, registered_on,
          verification_code, created_at, model_bye_laws_adopted_on)
        select 'BENCH/' || g, 'Bench PACS ' || g, case when g % 10 < 8 then 'MPACS' when g % 10 = 8 then 'DAIRY' else 'FISHERIES' end,
          st, st || '-D' || lpad(((g / 36) % 20)::text, 2, '0'),
          current_date - (random() * (case when g % 5 = 0 then 365 else 20 * 365 end))::int, 'BENCH', now(),
          case when g % 10 < 4 then current_date - (random() * 365)::int end
        from (select g, (array[STATES])[1 + g % 36] st from generate_series(1, COUNT) g) x"""
        .replace("STATES", STATES).replace("COUNT", Integer.toString(SOCIETIES)));
    jdbc.update("""
        insert into bylaw_amendment (case_number, registration_number, process_instance_id, status, started_at)
        select 'BENCH-' || g, 'BENCH/' || g, 'bench-amendment-' || g, 'OPEN', now() - random() * interval '90 days'
        from generate_series(4, COUNT, 10) g""".replace("COUNT", Integer.toString(SOCIETIES)));
    // as autovacuum leaves a table at rest: statistics, and the visibility map that index-only scans need
    for (String table : List.of("society", "bylaw_amendment", "insight_step", "insight_case")) {
      jdbc.execute("vacuum analyze " + table);
    }
    System.out.printf("generated %d completed and %d open steps, %d societies in %d s%n", COMPLETED, OPEN, SOCIETIES,
        (System.nanoTime() - start) / 1_000_000_000);
  }
}
