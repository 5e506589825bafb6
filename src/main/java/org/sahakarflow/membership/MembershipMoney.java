package org.sahakarflow.membership;

import java.util.ArrayList;
import java.util.List;
import org.sahakarflow.system.InvalidInputException.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * The share money or fee a society pays with its application, in full: BBSSL shares at their
 * value with at least the minimum for the society's class; NCEL's and NCOL's membership amount.
 */
@Component
class MembershipMoney {

  private final MembershipProperties properties;

  MembershipMoney(MembershipProperties properties) {
    this.properties = properties;
  }

  /** What the application must have paid, or the problems with the figures it gives. */
  Reckoning reckon(NationalSociety national, String societyType, Number shares, Number paid) {
    List<FieldProblem> problems = new ArrayList<>();
    long due;
    String what;
    if (national == NationalSociety.BBSSL) {
      int minimum = properties.bbsslMinimumShares(societyType);
      if (shares == null || shares.longValue() < minimum || shares.doubleValue() != shares.longValue()) {
        problems.add(new FieldProblem(NationalMembership.SHARES_SUBSCRIBED, "BBSSL needs a whole number of shares, at least "
            + minimum + " for a society of class " + societyType));
        return new Reckoning(0, problems);
      }
      due = shares.longValue() * properties.bbsslShareValue();
      what = shares.longValue() + " BBSSL share(s) of " + rupees(properties.bbsslShareValue());
    } else {
      due = national == NationalSociety.NCEL ? properties.ncelFee() : properties.ncolFee();
      what = "the " + national.name() + " membership fee";
    }
    if (paid == null) {
      problems.add(new FieldProblem(NationalMembership.AMOUNT_PAID, "is required: " + what + " is " + rupees(due)));
    } else if (paid.doubleValue() != due) {
      problems.add(new FieldProblem(NationalMembership.AMOUNT_PAID, what + " must be paid in full: "
          + rupees(due) + ", not " + rupees(Math.round(paid.doubleValue()))));
    }
    return new Reckoning(due, problems);
  }

  /** ₹1,00,000: Indian digit grouping. */
  static String rupees(long amount) {
    String digits = Long.toString(Math.abs(amount));
    StringBuilder grouped = new StringBuilder();
    int cut = digits.length() - 3;
    grouped.append(digits.substring(Math.max(cut, 0)));
    for (int end = cut; end > 0; end -= 2) {
      grouped.insert(0, digits.substring(Math.max(end - 2, 0), end) + ",");
    }
    return (amount < 0 ? "-₹" : "₹") + grouped;
  }

  record Reckoning(long amountDue, List<FieldProblem> problems) {

    boolean valid() {
      return problems.isEmpty();
    }
  }
}
