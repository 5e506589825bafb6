package org.sahakarflow.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Compares an application with its State's thresholds and names every rule it fails, so that
 * the promoters can fix all of them in one revision rather than one per round trip. Promoters of
 * one household count once towards the minimum; their being listed is no fault in itself.
 */
final class EligibilityCheck {

  private EligibilityCheck() {
  }

  static List<Failure> failures(Application application, EligibilityRules.Thresholds rules) {
    List<Failure> failures = new ArrayList<>(promoterShortfalls(application, rules.minPromoters()));
    if (application.shareCapitalPaid() < rules.minShareCapital()) {
      failures.add(new Failure("shareCapitalPaid", "share capital paid %s is below the minimum %s"
          .formatted(rupees(application.shareCapitalPaid()), rupees(rules.minShareCapital()))));
    }
    if (rules.modelByeLawsRequired() && !application.modelByeLawsAdopted()) {
      failures.add(new Failure("modelByeLawsAdopted", "the Model Bye-laws must be adopted by the promoters' meeting"));
    }
    return failures;
  }

  /**
   * Too few families: over all promoters in a State society; in a multi-State society, in each
   * State of the area of operation, each such State named (its promoters counted there only).
   */
  static List<Failure> promoterShortfalls(Application application, int minimum) {
    List<Failure> failures = new ArrayList<>();
    if (application.areaStates().isEmpty()) {
      if (application.distinctHouseholds().size() < minimum) {
        failures.add(new Failure("promoters", "%d promoters from different families; at least %d are required in %s"
            .formatted(application.distinctHouseholds().size(), minimum, application.stateCode())));
      }
      return failures;
    }
    for (String state : application.areaStates()) {
      int families = application.householdsByState().getOrDefault(state, Set.of()).size();
      if (families < minimum) {
        failures.add(new Failure("promoters", ("%d promoters from different families in %s; a multi-State society"
            + " needs at least %d from each State of its area of operation").formatted(families, state, minimum)));
      }
    }
    return failures;
  }

  private static String rupees(double amount) {
    return String.format(Locale.ENGLISH, "₹%,.0f", amount);
  }

  /**
   * @param areaStates the States of a multi-State society's area of operation; empty for a State society
   * @param householdsByState a multi-State society's promoters' families, by the promoter's State
   */
  record Application(String stateCode, Set<String> distinctHouseholds, double shareCapitalPaid,
      boolean modelByeLawsAdopted, List<String> areaStates, Map<String, Set<String>> householdsByState) {
  }

  record Failure(String rule, String reason) {
  }
}
