package org.sahakarflow.registration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.sahakarflow.society.SocietyType;
import org.sahakarflow.system.InvalidInputException.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * What an application owes and proves before the registrar reads it: the State's registration fee,
 * paid in full with its challan or receipt number, and, where the State's rule asks (every M-PACS),
 * proof that the share capital is deposited at the DCCB. The rules are reference data
 * ({@link RegistrationFees}, {@link DepositProofs}); this applies them to one application.
 */
@Component
class FeeAndDeposit {

  private final RegistrationFees fees;
  private final DepositProofs deposits;

  FeeAndDeposit(RegistrationFees fees, DepositProofs deposits) {
    this.fees = fees;
    this.deposits = deposits;
  }

  /** The fee due (null while a per-cent fee has no capital to reckon from), the proof asked, the problems. */
  record Assessment(BigDecimal feeDue, String feeBasis, boolean depositProofRequired, List<FieldProblem> problems) {
  }

  Assessment assess(RegistrationRequest application) {
    SocietyType type = application.societyType();
    String state = application.stateCode();
    List<FieldProblem> problems = new ArrayList<>();

    DepositProofs.Rule deposit = deposits.ruleFor(state, type);
    if (deposit.required()) {
      String why = "is required for " + article(type) + " in " + state
          + ": proof that the share capital is deposited at the DCCB";
      if (isBlank(application.dccbAccountNumber())) {
        problems.add(new FieldProblem("dccbAccountNumber", why));
      }
      if (isBlank(application.creditBalanceCertificateNumber())) {
        problems.add(new FieldProblem("creditBalanceCertificateNumber", why));
      }
    }

    BigDecimal authorised = application.authorisedShareCapital();
    if (authorised != null && application.shareCapitalSubscribed() != null
        && authorised.compareTo(application.shareCapitalSubscribed()) < 0) {
      problems.add(new FieldProblem("authorisedShareCapital", "must not be less than the capital subscribed"));
    }
    RegistrationFees.Rule fee = fees.ruleFor(state, type);
    if (fee.needsAuthorisedCapital() && authorised == null) {
      problems.add(new FieldProblem("authorisedShareCapital",
          "is required in " + state + ": the registration fee is " + fee.describe()));
    }
    BigDecimal due = fee.due(authorised);
    BigDecimal paid = application.registrationFeePaid();
    boolean feeDue = due != null && due.signum() > 0;
    if (feeDue && paid == null) {
      problems.add(new FieldProblem("registrationFeePaid", "a registration fee of Rs " + rupees(due) + " is due in "
          + state + " (" + fee.describe() + "); record the amount paid"));
    } else if (feeDue && paid.compareTo(due) < 0) {
      problems.add(new FieldProblem("registrationFeePaid", "Rs " + rupees(paid) + " paid; the registration fee due in "
          + state + " is Rs " + rupees(due) + " (" + fee.describe() + ")"));
    }
    if ((feeDue || paid != null && paid.signum() > 0) && isBlank(application.feePaymentReference())) {
      problems.add(new FieldProblem("feePaymentReference",
          "is required: the challan or receipt number of the registration fee paid"));
    }
    return new Assessment(due, fee.describe() + " (" + fee.source() + ")", deposit.required(), problems);
  }

  static String rupees(BigDecimal amount) {
    return amount.stripTrailingZeros().toPlainString();
  }

  private static String article(SocietyType type) {
    return switch (type) {
      case MPACS -> "an M-PACS";
      case DAIRY -> "a dairy society";
      case FISHERIES -> "a fisheries society";
    };
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
