package org.sahakarflow.bench;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;

/** The figures block the benchmark prints (and keeps under {@code target/}). */
record BenchReport(String database, int cases, double queryShare, int warmup, int block,
    int strippedListeners, String housekeeping) {

  String format(Side app, Side baseline, double loadBefore) {
    StringBuilder out = new StringBuilder();
    out.append("== Sahakar Flow registration benchmark (%s, %d cases, %.0f%% query loop, 1 thread) ==%n"
        .formatted(database, cases, queryShare * 100));
    out.append(("%s, %d cores (load average %.1f at the start, %.1f at the end), %s %s, Java %s; "
        + "%d warm-up cases per side not counted; blocks of %d cases, sides alternating%n").formatted(
        LocalDate.now(), Runtime.getRuntime().availableProcessors(), loadBefore,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), System.getProperty("os.name"),
        System.getProperty("os.arch"), System.getProperty("java.version"), warmup, block));
    out.append(("start = submit (app) or start (baseline) as the applicant; complete = claim + complete as "
        + "the acting user; job = one async job, run after each step without a user; all in the wall time; "
        + "baseline = bench-baseline.bpmn with the %d listeners of the app's plugins taken off%n")
        .formatted(strippedListeners));
    out.append(housekeeping).append("%n".formatted());
    out.append(line(app)).append(line(baseline));
    out.append(steps(app)).append(steps(baseline)).append(perTask(app, baseline));
    out.append("ratio app/baseline: %.2f (task completions/s), %.2f (cases/s)%n".formatted(
        app.tasksPerSecond() / baseline.tasksPerSecond(), app.casesPerSecond() / baseline.casesPerSecond()));
    // what the users wait for, without the notices, certificate and credit linkage the job executor
    // does behind them: a second view, never the headline ratio above
    out.append(("ratio app/baseline of the users' requests alone (start, find, claim + complete; "
        + "async jobs not counted): %.2f (%.1f vs %.1f ms per case)%n").formatted(
        requests(baseline) / requests(app), requests(app), requests(baseline)));
    return out.toString();
  }

  private static double requests(Side side) {
    return ms(side.start, side) + ms(side.find, side) + ms(side.complete, side);
  }

  private static String line(Side side) {
    double perCase = side.wallNanos / 1e6 / side.cases;
    double start = ms(side.start, side);
    double find = ms(side.find, side);
    double complete = ms(side.complete, side);
    double jobs = ms(side.job, side);
    return ("%-9s %.1f cases/s, %.1f task completions/s (%.2f user tasks, %.2f jobs per case); start %s; "
        + "complete %s; job %s; find %s%n"
        + "          per case %.1f ms: start %.1f, find %.1f, complete %.1f, jobs %.1f, other %.1f%n").formatted(
        side.name + ":", side.casesPerSecond(), side.tasksPerSecond(), (double) side.tasks() / side.cases,
        (double) side.job.count() / side.cases, side.start.summary(), side.complete.summary(),
        side.job.summary(), side.find.summary(), perCase, start, find, complete, jobs,
        perCase - start - find - complete - jobs);
  }

  /** Mean milliseconds per case of each step's completion or async job. */
  private static String steps(Side side) {
    StringBuilder out = new StringBuilder("%-9s ms per case by step:".formatted(side.name + ":"));
    side.byStep.forEach((step, latencies) -> out.append(" %s %.1f;".formatted(step, ms(latencies, side))));
    return out.append("%n".formatted()).toString();
  }

  /** Each user task's claim + complete on its own: baseline ms ÷ app ms (async jobs are no user task's). */
  private static String perTask(Side app, Side baseline) {
    StringBuilder out = new StringBuilder("ratio app/baseline per user task (claim + complete):");
    app.byStep.forEach((step, latencies) -> {
      Latencies bare = baseline.byStep.get(step);
      if (step.startsWith("complete ") && bare != null) {
        out.append(" %s %.2f;".formatted(step.substring("complete ".length()),
            (double) bare.totalNanos() / latencies.totalNanos()));
      }
    });
    return out.append("%n".formatted()).toString();
  }

  private static double ms(Latencies latencies, Side side) {
    return latencies.totalNanos() / 1e6 / side.cases;
  }
}
