package org.sahakarflow.registration;

import org.sahakarflow.society.SocietyType;
import org.sahakarflow.system.CsvRows;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Whether an application must prove its share capital is deposited (the DCCB account, the
 * credit-balance certificate's number and the certificate itself), from
 * {@code reference/deposit-proof.csv}: an M-PACS everywhere, other types where a State asks.
 */
@Component
class DepositProofs {

  record Rule(boolean required, String source) {
  }

  private final StateTypeRows<Rule> rules;

  DepositProofs(@Value("${sahakar.registration.deposit-proof:classpath:reference/deposit-proof.csv}") Resource file) {
    this.rules = StateTypeRows.read(file, 4, row -> rule(file, row));
  }

  Rule ruleFor(String stateCode, SocietyType type) {
    return rules.of(stateCode, type);
  }

  private static Rule rule(Resource file, CsvRows.Row row) {
    return switch (row.cell(2)) {
      case "yes" -> new Rule(true, row.cell(3));
      case "no" -> new Rule(false, row.cell(3));
      default -> throw CsvRows.invalid(file, row, "column 3 must be 'yes' or 'no'");
    };
  }
}
