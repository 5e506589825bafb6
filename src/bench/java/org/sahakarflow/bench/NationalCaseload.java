package org.sahakarflow.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sahakarflow.TestPlaces;
import org.sahakarflow.identity.Places;
import org.sahakarflow.registration.RegistrationRequest;
import org.sahakarflow.society.SocietyType;

/**
 * Where the n-th open case of the scale benchmark is filed and where it waits, the same on every
 * run so that a kept database is topped up, not reshuffled. A State files in proportion to its
 * number of districts (a stand-in for its rural population); within a State the districts follow
 * Zipf's law in the order the Local Government Directory lists them (the first district files
 * twice what the second does, three times the third), so a few districts carry long queues and
 * most carry short ones, as caseloads do. Of every 20 cases, 7 wait for the applicant's
 * documents, 4 at NABARD's viability note and 9 at the district registrar's scrutiny.
 */
final class NationalCaseload {

  /** The demo applicant files one case in 50 of Rajasthan's, so their own list is a real one. */
  static final String DEMO_APPLICANT = "applicant.rj-udr";

  enum Position { UPLOAD, VIABILITY, SCRUTINY }

  /** @param prefix makes the society's name, households and references unique to the case */
  record Case(int serial, String prefix, String stateCode, String districtCode, Position position, String applicant) {
  }

  private final List<Places.District> districts = new ArrayList<>();
  private final double[] cumulative;

  NationalCaseload(Places places) {
    Map<String, List<Places.District>> byState = new LinkedHashMap<>();
    for (Places.District district : places.districts()) {
      if (places.state(district.stateCode()).map(state -> !state.central()).orElse(false)) {
        byState.computeIfAbsent(district.stateCode(), s -> new ArrayList<>()).add(district);
      }
    }
    List<Double> weights = new ArrayList<>();
    for (List<Places.District> ofState : byState.values()) {
      double harmonic = 0;
      for (int rank = 1; rank <= ofState.size(); rank++) {
        harmonic += 1.0 / rank;
      }
      for (int rank = 1; rank <= ofState.size(); rank++) {
        districts.add(ofState.get(rank - 1));
        weights.add(ofState.size() * (1.0 / rank) / harmonic);
      }
    }
    cumulative = new double[weights.size()];
    double total = weights.stream().mapToDouble(Double::doubleValue).sum();
    double sum = 0;
    for (int i = 0; i < cumulative.length; i++) {
      sum += weights.get(i) / total;
      cumulative[i] = sum;
    }
  }

  Case nth(int serial) {
    // the golden ratio's fractional parts fill [0, 1) evenly in any prefix of the sequence
    double u = (serial * 0.6180339887498949) % 1.0;
    int at = 0;
    while (at < cumulative.length - 1 && cumulative[at] < u) {
      at++;
    }
    Places.District district = districts.get(at);
    int slot = serial % 20;
    Position position = slot < 7 ? Position.UPLOAD : slot < 11 ? Position.VIABILITY : Position.SCRUTINY;
    String applicant = "RJ".equals(district.stateCode()) && serial % 50 == 0 ? DEMO_APPLICANT
        : "scale.applicant." + district.stateCode().toLowerCase(Locale.ROOT) + "." + serial % 200;
    return new Case(serial, "SC", district.stateCode(), district.code(), position, applicant);
  }

  /** The n-th case of the worst-case district: all of them at its registrar's scrutiny. */
  static Case worst(int serial, String run, String stateCode, String districtCode) {
    return new Case(serial, run, stateCode, districtCode, Position.SCRUTINY,
        "scale.applicant." + stateCode.toLowerCase(Locale.ROOT) + "." + serial % 200);
  }

  /** The application the case is filed with: eligible in every State (25 promoters, the highest fee on record). */
  static RegistrationRequest application(Case c) {
    String prefix = c.prefix();
    List<RegistrationRequest.Promoter> promoters = new ArrayList<>();
    for (int i = 1; i <= 25; i++) {
      promoters.add(new RegistrationRequest.Promoter("Promoter " + i, prefix + "-" + c.serial() + "-" + i, "Kheda", 10));
    }
    String serial = prefix + "-" + c.serial();
    return new RegistrationRequest(SocietyType.MPACS, "Scale Bench PACS " + serial + " Limited", c.stateCode(),
        c.districtCode(), TestPlaces.blockOf(c.districtCode()), "Kheda " + serial, "Kheda and Bhuwana villages",
        "crop loans, seeds, fertiliser", promoters, new BigDecimal("200000"), new BigDecimal("150000"),
        "SC-" + serial, "CBC/SC/" + serial, new BigDecimal("500000"), new BigDecimal("5000"), "CHALLAN/SC/" + serial,
        true, "promoter." + serial + "@example.in", "9876543210");
  }
}
