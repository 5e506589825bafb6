package org.sahakarflow.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sahakarflow.system.InvalidInputException;
import org.sahakarflow.system.InvalidInputException.FieldProblem;

/**
 * Reads promoters typed one per line in Tasklist, {@code name; household id; village; shares}, and
 * for a multi-State society {@code ; State} (the two-letter code) at the end.
 * Tasklist 7.24 disables its submit button once a form-js dynamic list is edited, so the forms
 * take this text and the API takes JSON; both become the same {@code promoters} list.
 */
final class PromoterList {

  static final String FIELD = "promoterList";
  /** The list as a revision opened with it, kept beside the field to tell whether it was changed. */
  static final String AS_FILED = "promoterListAsFiled";

  private PromoterList() {
  }

  static List<RegistrationRequest.Promoter> parse(String text) {
    List<RegistrationRequest.Promoter> promoters = new ArrayList<>();
    List<FieldProblem> problems = new ArrayList<>();
    String[] lines = text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String[] parts = lines[i].split(";", -1);
      if (parts.length != 4 && parts.length != 5) {
        problems.add(new FieldProblem(FIELD, "line " + (i + 1)
            + " must read 'name; household id; village; shares' (with '; State' at the end for a multi-State society)"));
        continue;
      }
      Integer shares;
      try {
        shares = Integer.valueOf(parts[3].trim());
      } catch (NumberFormatException e) {
        problems.add(new FieldProblem(FIELD, "line " + (i + 1) + ": shares must be a whole number"));
        continue;
      }
      String state = parts.length == 5 && !parts[4].isBlank() ? parts[4].trim().toUpperCase(Locale.ROOT) : null;
      promoters.add(new RegistrationRequest.Promoter(parts[0].trim(), parts[1].trim(), parts[2].trim(), shares, state));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return promoters;
  }

  /** The promoters as {@link #parse} reads them, one per line: what a revision starts from. */
  static String format(List<RegistrationRequest.Promoter> promoters) {
    StringBuilder text = new StringBuilder();
    for (RegistrationRequest.Promoter p : promoters) {
      text.append(p.name()).append("; ").append(p.householdId()).append("; ").append(p.village()).append("; ")
          .append(p.sharesSubscribed());
      if (p.stateCode() != null) {
        text.append("; ").append(p.stateCode());
      }
      text.append('\n');
    }
    return text.toString();
  }
}
