package org.sahakarflow.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sahakarflow.registration.RegistrationRequest;
import org.sahakarflow.society.SocietyType;

/**
 * Eligible M-PACS applications for Udaipur (RJ-UDR), 25 promoters from distinct households, and
 * the same application as the start variables of the baseline process, so both sides carry the
 * same data.
 */
final class Applications {

  static final int PROMOTERS = 25;

  private final ObjectMapper json;
  private int serial;

  Applications(ObjectMapper json) {
    this.json = json;
  }

  RegistrationRequest next() {
    int n = ++serial;
    List<RegistrationRequest.Promoter> promoters = new ArrayList<>();
    for (int i = 1; i <= PROMOTERS; i++) {
      promoters.add(new RegistrationRequest.Promoter("Promoter " + i, "BH-" + n + "-" + i, "Kheda", 10));
    }
    return new RegistrationRequest(SocietyType.MPACS, "Bench Bahuuddeshiya PACS " + n, "RJ", "RJ-UDR",
        "Girwa", "Kheda " + n, "Kheda and Bhuwana villages", "crop loans, seeds, fertiliser", promoters,
        new BigDecimal("200000"), new BigDecimal("150000"), "UDR-88" + n, "CBC/2026/" + n, null, null, null, true,
        "promoter" + n + "@example.in", "9876543210");
  }

  /** The serial number of the last application made. */
  int serial() {
    return serial;
  }

  /** The variables {@code RegistrationService.submit} starts a case with. */
  Map<String, Object> variables(RegistrationRequest request) {
    return request.variables(json);
  }
}
