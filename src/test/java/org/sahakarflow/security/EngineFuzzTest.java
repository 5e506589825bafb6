package org.sahakarflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahakarflow.CaseDriver;
import org.sahakarflow.Cases;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.StepIds;
import org.sahakarflow.credit.CreditCases;
import org.sahakarflow.security.AsUser.Body;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Thousands of mutated bodies per start form, task form and app submission: none may fail the
 * server (5xx), and none that is refused may write a row or start a case, or take the task away.
 * Reproduce a failure with {@code -Dfuzz.seed=<seed>}; {@code -Dfuzz.bodies} sets the count (the
 * PostgreSQL profile runs {@code fuzz.postgres.bodies}, 400 unless set).
 */
@SahakarTest
class EngineFuzzTest {

  static final long SEED = Long.getLong("fuzz.seed", 20_260_312L);
  static final int BODIES = Integer.getInteger("fuzz.bodies", 2_000);
  private static final String APPLICANT = "applicant.rj-udr";
  private static final String START = "/engine-rest/process-definition/key/%s/submit-form";

  @Autowired
  ProcessEngine engine;
  @Autowired
  JdbcTemplate jdbc;
  @Value("${local.server.port}")
  int port;

  AsUser as;
  CaseDriver driver;

  @BeforeEach
  void client() {
    as = new AsUser(port);
    driver = new CaseDriver(engine);
  }

  @Test
  void startFormsFailNothingAndRefusedStartsWriteNothing() {
    fuzzAll(List.of(
        startForm("mpacs-registration", EngineBodies.MPACS_START.replace("{serial}", "77" + (SEED % 10_000))),
        startForm("bye-law-adoption", EngineBodies.SOCIETY_START.replace("{registration}", society())),
        startForm("dccb-credit-linkage", EngineBodies.SOCIETY_START.replace("{registration}", society())),
        startForm("national-coop-membership", EngineBodies.NCEL_START.replace("{registration}", society())
            .replace("{serial}", Long.toString(SEED)))));
  }

  @Test
  void taskFormsFailNothingAndRefusedCompletionsLeaveTheTask() {
    fuzzAll(List.of(
        task(StepIds.TASK_UPLOAD_DOCUMENTS, APPLICANT, EngineBodies.DOCUMENTS, () -> {
          String key = driver.apply("mpacs-registration", APPLICANT, CaseDriver.application("RJ", "RJ-UDR", 25))
              .getBusinessKey();
          driver.runAsyncSteps(key);
          return key;
        }),
        task(StepIds.TASK_RECORD_VIABILITY_NOTE, "nabard.rj", EngineBodies.VIABILITY_NOTE, () -> {
          String key = driver.apply("mpacs-registration", APPLICANT, CaseDriver.application("RJ", "RJ-UDR", 25))
              .getBusinessKey();
          driver.runAsyncSteps(key);
          driver.uploadDocuments(key);
          return key;
        }),
        task(StepIds.TASK_SCRUTINISE_APPLICATION, "rcs.rj-udr", EngineBodies.SCRUTINY,
            () -> driver.mpacsAtScrutiny("RJ", "RJ-UDR", APPLICANT))));
  }

  @Test
  void appSubmissionsFailNothingAndRefusedOnesWriteNothing() throws Exception {
    ObjectMapper json = new ObjectMapper();
    fuzzAll(List.of(
        FuzzTarget.fixed("/api/registrations", APPLICANT, "/api/registrations",
            json.writeValueAsString(Cases.mpacsApplication("RJ", "RJ-UDR"))),
        FuzzTarget.fixed("/api/bylaw-adoptions", APPLICANT, "/api/bylaw-adoptions",
            "{\"registrationNumber\":\"" + society() + "\"}"),
        FuzzTarget.fixed("/api/bylaw-adoptions/directions", "rcs.rj-udr", "/api/bylaw-adoptions/directions",
            "{\"registrationNumber\":\"" + society() + "\",\"reasons\":\"Model bye-laws of 2023 not adopted\"}"),
        FuzzTarget.fixed("/api/credit-linkages", APPLICANT, "/api/credit-linkages",
            "{\"registrationNumber\":\"" + society() + "\"}"),
        FuzzTarget.fixed("/api/national-memberships", APPLICANT, "/api/national-memberships",
            "{\"registrationNumber\":\"" + society() + "\",\"nationalSociety\":\"NCEL\","
                + "\"boardResolutionNumber\":\"BR/2026/07\",\"boardResolutionDate\":\"2026-01-10\","
                + "\"authorisedSignatory\":\"Kailash Meena, Secretary\",\"amountPaid\":100000,"
                + "\"paymentReference\":\"UTR" + SEED + "\"}")));
  }

  /** Fuzzes every target, then fails once with every problem of every target. */
  private void fuzzAll(List<FuzzTarget> targets) {
    List<String> problems = new ArrayList<>();
    for (FuzzTarget target : targets) {
      problems.addAll(fuzz(target));
    }
    assertThat(problems).as("seed %d, %d bodies per endpoint (-Dfuzz.seed=%d reproduces)", SEED, BODIES, SEED)
        .isEmpty();
  }

  private List<String> fuzz(FuzzTarget target) {
    List<String> problems = new ArrayList<>();
    if (!target.isTask()) {
      // the starting point is itself accepted, or the mutations would test nothing
      assertThat(post(target, target.validBody()).statusCode()).as(target.name() + " valid body").isBetween(200, 299);
    }
    BodyMutator mutator = new BodyMutator(SEED ^ target.name().hashCode());
    List<Long> before = FuzzTarget.writes(jdbc);
    for (int i = 0; i < BODIES && problems.size() < 10; i++) {
      String body = mutator.mutate(target.validBody());
      HttpResponse<String> response = post(target, body);
      int status = response.statusCode();
      String which = target.name() + " body #" + i + " (" + status + "): " + excerpt(body) + " -> "
          + excerpt(response.body());
      if (status >= 500) {
        problems.add(which);
      }
      if (status / 100 == 2) {
        // accepted as valid: what it wrote is no fault; a completed task is replaced by a new one
        if (target.isTask()) {
          target.renew().run();
        }
      } else {
        List<Long> after = FuzzTarget.writes(jdbc);
        if (!after.equals(before)) {
          problems.add(which + " was refused but wrote rows " + before + " -> " + after);
        } else if (!target.intact().getAsBoolean()) {
          problems.add(which + " was refused but the task is gone");
          target.renew().run();
        }
      }
      before = status / 100 == 2 || !problems.isEmpty() ? FuzzTarget.writes(jdbc) : before;
    }
    if (target.isTask()) {
      assertThat(post(target, target.validBody()).statusCode()).as(target.name() + " valid body").isBetween(200, 299);
    }
    return problems;
  }

  private HttpResponse<String> post(FuzzTarget target, String body) {
    return as.send(target.user(), "POST", target.path().get(), Body.json(body));
  }

  private static FuzzTarget startForm(String processKey, String validBody) {
    return FuzzTarget.fixed(processKey + " start form", APPLICANT, String.format(START, processKey), validBody);
  }

  /** A task of a new case; renewed with another new case whenever a body completes it. */
  private FuzzTarget task(String taskKey, String user, String validBody, Supplier<String> newCase) {
    AtomicReference<String> taskId = new AtomicReference<>();
    Runnable renew = () -> taskId.set(driver.task(newCase.get(), taskKey).getId());
    renew.run();
    return new FuzzTarget(taskKey + " as " + user, user, () -> "/engine-rest/task/" + taskId.get() + "/complete",
        validBody, () -> engine.getTaskService().createTaskQuery().taskId(taskId.get()).count() == 1, renew);
  }

  /** An M-PACS on record in RJ-UDR (as imported), its secretary the applicant. */
  private String society() {
    return CreditCases.society(jdbc, APPLICANT);
  }

  private static String excerpt(String text) {
    String flat = text == null ? "" : text.replaceAll("\\s+", " ");
    return flat.length() <= 400 ? flat : flat.substring(0, 400) + "... (" + flat.length() + " chars)";
  }
}
