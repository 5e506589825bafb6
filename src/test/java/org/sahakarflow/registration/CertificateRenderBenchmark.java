package org.sahakarflow.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Prints how long a registration certificate takes to draw with a Latin name (standard fonts,
 * nothing embedded) and with a Hindi name (Noto Sans Devanagari loaded, shaped and subset). Not
 * part of {@code ./mvnw verify}: {@code ./mvnw -B test -Dtest=CertificateRenderBenchmark}. It never
 * asserts on a time.
 */
class CertificateRenderBenchmark {

  static final int WARMUP = 50;
  static final int RUNS = 200;

  @Test
  void latinAgainstDevanagari() {
    CertificateRenderer renderer = new CertificateRenderer();
    double[] latin = time(renderer, "Kheda Bahuuddeshiya Prathmik Krishi Rin Sahakari Samiti");
    double[] hindi = time(renderer, "खेड़ा बहुउद्देशीय प्राथमिक कृषि ऋण सहकारी समिति");
    System.out.printf("%n== certificate rendering, %d runs after %d warm-up, %d cores ==%n", RUNS, WARMUP,
        Runtime.getRuntime().availableProcessors());
    System.out.printf("Latin name:      p50 %.2f ms, p95 %.2f ms, %d bytes%n", latin[0], latin[1], (int) latin[2]);
    System.out.printf("Devanagari name: p50 %.2f ms, p95 %.2f ms, %d bytes%n", hindi[0], hindi[1], (int) hindi[2]);
  }

  private static double[] time(CertificateRenderer renderer, String name) {
    CertificateRenderer.Certificate certificate = new CertificateRenderer.Certificate("Rajasthan", name,
        SocietyType.MPACS, "RJ/UDR/MPACS/2026/0042", LocalDate.of(2026, 3, 9), "Udaipur",
        CertificateRendererTest.AREA, "Sunita Sharma", false, "K7PQ2MXA",
        "http://localhost:8080/verify/RJ%2FUDR%2FMPACS%2F2026%2F0042?code=K7PQ2MXA");
    int bytes = 0;
    for (int i = 0; i < WARMUP; i++) {
      bytes = renderer.render(certificate).length;
    }
    double[] millis = new double[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long started = System.nanoTime();
      renderer.render(certificate);
      millis[i] = (System.nanoTime() - started) / 1e6;
    }
    Arrays.sort(millis);
    assertThat(bytes).isPositive();
    return new double[] {millis[RUNS / 2], millis[RUNS * 95 / 100], bytes};
  }
}
