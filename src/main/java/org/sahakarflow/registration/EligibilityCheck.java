package org.sahakarflow.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    List<Failure> failures = new ArrayList<>();
    if (application.distinctHouseholds().size() < rules.minPromoters()) {
      failures.add(new Failure("promoters", "%d promoters from different families; at least %d are required in %s"
          .formatted(application.distinctHouseholds().size(), rules.minPromoters(), application.stateCode())));
    }
    if (application.shareCapitalPaid() < rules.minShareCapital()) {
      failures.add(new Failure("shareCapitalPaid", "share capital paid %s is below the minimum %s"
          .formatted(rupees(application.shareCapitalPaid()), rupees(rules.minShareCapital()))));
    }
    if (rules.modelByeLawsRequired() && !application.modelByeLawsAdopted()) {
      failures.add(new Failure("modelByeLawsAdopted", "the Model Bye-laws must be adopted by the promoters' meeting"));
    }
    return failures;
  }

  private static String rupees(double amount) {
    return String.format(Locale.ENGLISH, "₹%,.0f", amount);
  }

  record Application(String stateCode, Set<String> distinctHouseholds,
      double shareCapitalPaid, boolean modelByeLawsAdopted) {
  }

  record Failure(String rule, String reason) {
  }
}
