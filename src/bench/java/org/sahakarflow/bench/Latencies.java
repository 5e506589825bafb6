package org.sahakarflow.bench;

import java.util.Arrays;

/** Latency samples of one kind of operation, kept whole (a run holds at most some 20,000). */
final class Latencies {

  private long[] nanos = new long[1024];
  private int size;

  void add(long sample) {
    if (size == nanos.length) {
      nanos = Arrays.copyOf(nanos, size * 2);
    }
    nanos[size++] = sample;
  }

  int count() {
    return size;
  }

  long totalNanos() {
    long total = 0;
    for (int i = 0; i < size; i++) {
      total += nanos[i];
    }
    return total;
  }

  /** Nearest-rank percentile in milliseconds; 0 without samples. */
  double percentileMillis(double percentile) {
    if (size == 0) {
      return 0;
    }
    long[] sorted = Arrays.copyOf(nanos, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(percentile / 100 * size);
    return sorted[Math.max(rank, 1) - 1] / 1e6;
  }

  String summary() {
    if (size == 0) {
      return "none";
    }
    return "p50 %.1f ms p95 %.1f ms".formatted(percentileMillis(50), percentileMillis(95));
  }

  void clear() {
    size = 0;
  }
}
