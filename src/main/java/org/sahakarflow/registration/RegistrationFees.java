package org.sahakarflow.registration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.sahakarflow.society.SocietyType;
import org.sahakarflow.system.CsvRows;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The registration fee a State charges, from {@code reference/registration-fees.csv}: flat, a per
 * cent of the authorised share capital rounded up to the whole rupee, or none asked.
 */
@Component
class RegistrationFees {

  enum Basis { FLAT, PERCENT, NONE }

  /** A State's rule: the amount is rupees (flat) or per cent (of the authorised share capital). */
  record Rule(Basis basis, BigDecimal amount, String source) {

    boolean needsAuthorisedCapital() {
      return basis == Basis.PERCENT;
    }

    /** The fee due, in whole rupees; null when a per-cent fee has no capital to be reckoned from. */
    BigDecimal due(BigDecimal authorisedShareCapital) {
      return switch (basis) {
        case NONE -> BigDecimal.ZERO;
        case FLAT -> amount;
        case PERCENT -> authorisedShareCapital == null ? null
            : authorisedShareCapital.multiply(amount).movePointLeft(2).setScale(0, RoundingMode.CEILING);
      };
    }

    /** How the fee is reckoned, as the applicant and the registrar read it. */
    String describe() {
      return switch (basis) {
        case NONE -> "no registration fee on record";
        case FLAT -> "Rs " + amount.toPlainString();
        case PERCENT -> amount.stripTrailingZeros().toPlainString()
            + "% of the authorised share capital, rounded up to the rupee";
      };
    }
  }

  private final StateTypeRows<Rule> rules;

  RegistrationFees(@Value("${sahakar.registration.fees:classpath:reference/registration-fees.csv}") Resource file) {
    this.rules = StateTypeRows.read(file, 5, row -> rule(file, row));
  }

  Rule ruleFor(String stateCode, SocietyType type) {
    return rules.of(stateCode, type);
  }

  private static Rule rule(Resource file, CsvRows.Row row) {
    Basis basis;
    BigDecimal amount;
    try {
      basis = Basis.valueOf(row.cell(2).toUpperCase(Locale.ROOT));
      amount = new BigDecimal(row.cell(3));
    } catch (IllegalArgumentException e) {
      throw CsvRows.invalid(file, row, "basis must be flat, percent or none, and amount a number");
    }
    if (amount.signum() < 0 || basis == Basis.NONE && amount.signum() != 0) {
      throw CsvRows.invalid(file, row, "amount must be at least 0, and 0 where no fee is asked");
    }
    return new Rule(basis, amount, row.cell(4));
  }
}
