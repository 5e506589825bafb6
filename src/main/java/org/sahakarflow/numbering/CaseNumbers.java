package org.sahakarflow.numbering;

import org.sahakarflow.system.EngineClock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one series every case is numbered in when it opens: {@code {district}-{kind}-{year}-{serial}},
 * e.g. {@code RJ-UDR-MPACS-2026-000123} or {@code RJ-UDR-BYLAW-2026-000007}, gap-free per district,
 * kind and Indian year on the engine's clock. The number is also the case's business key.
 */
@Component
public class CaseNumbers {

  private final NumberSequence sequence;

  CaseNumbers(NumberSequence sequence) {
    this.sequence = sequence;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public String next(String districtCode, String kind) {
    int year = EngineClock.today().getYear();
    String series = String.join("-", districtCode, kind, String.valueOf(year));
    return "%s-%06d".formatted(series, sequence.next(series));
  }
}
