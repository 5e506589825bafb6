package org.sahakarflow.bench;

import java.util.Map;
import java.util.TreeMap;

/** What one side of the benchmark (the app or the bare-engine baseline) did and how long it took. */
final class Side {

  Latencies step(String kind, String activityId) {
    return byStep.computeIfAbsent(kind + " " + activityId, k -> new Latencies());
  }

  final String name;
  /** Submission (app) or process start (baseline), as the applicant. */
  final Latencies start = new Latencies();
  /** The acting user's task query for the case's open task. */
  final Latencies find = new Latencies();
  /** Claim and complete of one user task, as the acting user. */
  final Latencies complete = new Latencies();
  /** One async job, run as the job executor would (no user). */
  final Latencies job = new Latencies();
  /** The same completions and jobs per BPMN step, to show where a case's time goes. */
  final Map<String, Latencies> byStep = new TreeMap<>();
  long wallNanos;
  int cases;

  Side(String name) {
    this.name = name;
  }

  int tasks() {
    return complete.count();
  }

  double casesPerSecond() {
    return cases / (wallNanos / 1e9);
  }

  double tasksPerSecond() {
    return tasks() / (wallNanos / 1e9);
  }

  void reset() {
    start.clear();
    find.clear();
    complete.clear();
    job.clear();
    wallNanos = 0;
    cases = 0;
  }
}
