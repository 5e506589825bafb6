package org.sahakarflow.bench;

import static org.sahakarflow.bench.Actors.APPLICANT;
import static org.sahakarflow.bench.Actors.INSPECTOR;
import static org.sahakarflow.bench.Actors.NABARD;
import static org.sahakarflow.bench.Actors.REGISTRAR;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.sahakarflow.StepIds;

/**
 * Walks one case from submission to the decision REGISTER, the same way for the app's M-PACS
 * registration and for the baseline (which has the same user task ids): each step is the acting
 * user's task query, claim and complete, under that user's authentication; after the start and
 * after every step the async jobs left due are run without a user, as the job executor would.
 */
final class CaseWalker {

  static final String UPLOAD = StepIds.TASK_UPLOAD_DOCUMENTS;
  static final String VIABILITY = StepIds.TASK_RECORD_VIABILITY_NOTE;
  static final String SCRUTINY = StepIds.TASK_SCRUTINISE_APPLICATION;
  static final String ANSWER = StepIds.TASK_ANSWER_QUERY;
  static final String INSPECTION = StepIds.TASK_INSPECT_SOCIETY;
  static final String DECISION = StepIds.TASK_DECIDE_REGISTRATION;

  /** A runaway chain of async steps would otherwise loop for ever. */
  private static final int MAX_JOB_ROUNDS = 20;

  private final TaskService tasks;
  private final ManagementService management;
  private final Actors actors;
  /** The BPMN step of each async job definition, looked up once and outside the timed job. */
  private final Map<String, String> jobActivities = new HashMap<>();

  CaseWalker(ProcessEngine engine, Actors actors) {
    this.tasks = engine.getTaskService();
    this.management = engine.getManagementService();
    this.actors = actors;
  }

  /** @param start starts the case as the applicant and answers its business key */
  void walk(Side side, Supplier<String> start, boolean queryLoop) {
    String key = actors.as(APPLICANT, () -> timed(side.start, start));
    runDueJobs(side);
    complete(side, key, UPLOAD, APPLICANT, documents());
    complete(side, key, VIABILITY, NABARD, vars("viabilityNote", "viable", "viable", true));
    if (queryLoop) {
      complete(side, key, SCRUTINY, REGISTRAR,
          vars("scrutinyOutcome", "QUERY", "queryText", "Attach the promoters' meeting minutes"));
      complete(side, key, ANSWER, APPLICANT, vars("queryReply", "Minutes attached"));
    }
    complete(side, key, SCRUTINY, REGISTRAR, vars("scrutinyOutcome", "INSPECT"));
    complete(side, key, INSPECTION, INSPECTOR,
        vars("inspectionFindings", "members and records verified", "recommendRegistration", true));
    complete(side, key, DECISION, REGISTRAR, vars("decision", "REGISTER"));
    side.cases++;
  }

  private void complete(Side side, String key, String step, String user, Map<String, Object> variables) {
    Task task = actors.as(user, () -> timed(side.find, () -> tasks.createTaskQuery()
        .processInstanceBusinessKey(key).taskDefinitionKey(step).singleResult()));
    if (task == null) {
      throw new AssertionError(user + " finds no " + step + " in case " + key);
    }
    long started = System.nanoTime();
    actors.as(user, () -> timed(side.complete, () -> {
      tasks.claim(task.getId(), user);
      tasks.complete(task.getId(), variables);
      return null;
    }));
    side.step("complete", step).add(System.nanoTime() - started);
    runDueJobs(side);
  }

  private void runDueJobs(Side side) {
    for (int round = 0; round < MAX_JOB_ROUNDS; round++) {
      // cases run one at a time, so every executable message job belongs to this case
      List<Job> due = management.createJobQuery().messages().executable().list();
      if (due.isEmpty()) {
        return;
      }
      for (Job job : due) {
        long started = System.nanoTime();
        timed(side.job, () -> {
          management.executeJob(job.getId());
          return null;
        });
        side.step("job", jobActivities.computeIfAbsent(job.getJobDefinitionId(), id -> management
            .createJobDefinitionQuery().jobDefinitionId(id).singleResult().getActivityId()))
            .add(System.nanoTime() - started);
      }
    }
    throw new AssertionError("async steps did not settle after " + MAX_JOB_ROUNDS + " rounds");
  }

  private static <T> T timed(Latencies latencies, Supplier<T> action) {
    long started = System.nanoTime();
    T result = action.get();
    latencies.add(System.nanoTime() - started);
    return result;
  }

  /** The three uploads of the document step, as small PDFs. */
  static Map<String, Object> documents() {
    Map<String, Object> files = new HashMap<>();
    for (String name : List.of("byeLawsDocument", "promoterListDocument", "bankCertificateDocument")) {
      files.put(name, Variables.fileValue(name + ".pdf")
          .file(("%PDF-1.4 " + name).getBytes(StandardCharsets.UTF_8)).mimeType("application/pdf").create());
    }
    return files;
  }

  private static Map<String, Object> vars(Object... pairs) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
