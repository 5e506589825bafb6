package org.sahakarflow.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sahakarflow.CaseDriver.vars;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.sahakarflow.CaseDriver;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.StepIds;
import org.springframework.beans.factory.annotation.Autowired;

/** Sixteen registering officers' decisions committed at once still number the societies 1..n without a gap. */
@SahakarTest
class ConcurrentDecisionsTest {

  static final int DECISIONS = 16;

  @Autowired
  ProcessEngine engine;

  @Test
  void sixteenConcurrentDecisionsGetUniqueConsecutiveNumbers() throws Exception {
    CaseDriver cases = new CaseDriver(engine);
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < DECISIONS; i++) {
      String key = cases.mpacsAtScrutiny("RJ", "RJ-JPR", "applicant.rj-jpr");
      cases.complete(key, StepIds.TASK_SCRUTINISE_APPLICATION, "rcs.rj-jpr", vars("scrutinyOutcome", "DECIDE"));
      keys.add(key);
    }
    List<Task> decisions = keys.stream().map(k -> cases.task(k, StepIds.TASK_DECIDE_REGISTRATION)).toList();

    ExecutorService officers = Executors.newFixedThreadPool(DECISIONS);
    CountDownLatch together = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    for (Task decision : decisions) {
      done.add(officers.submit(() -> {
        together.await();
        engine.getTaskService().claim(decision.getId(), "rcs.rj-jpr");
        engine.getTaskService().complete(decision.getId(), vars("decision", "REGISTER"));
        return null;
      }));
    }
    together.countDown();
    for (Future<?> decision : done) {
      decision.get(120, TimeUnit.SECONDS);
    }
    officers.shutdown();

    List<Integer> serials = new ArrayList<>();
    for (String key : keys) {
      String number = (String) cases.variable(key, "registrationNumber");
      assertThat(number).matches("RJ/JPR/MPACS/\\d{4}/\\d{4}");
      serials.add(Integer.parseInt(number.substring(number.lastIndexOf('/') + 1)));
    }
    assertThat(serials).doesNotHaveDuplicates().hasSize(DECISIONS);
    int first = serials.stream().min(Integer::compare).orElseThrow();
    assertThat(serials).containsExactlyInAnyOrderElementsOf(
        java.util.stream.IntStream.range(first, first + DECISIONS).boxed().toList());
  }
}
