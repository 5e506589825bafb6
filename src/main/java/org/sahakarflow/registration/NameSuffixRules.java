package org.sahakarflow.registration;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sahakarflow.identity.Places;
import org.sahakarflow.society.SocietyName;
import org.sahakarflow.system.CsvRows;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Where a State's Act makes "Limited" the last word of a society's name, from
 * {@code reference/society-name-suffixes.csv}: a row per State whose Act was checked, '*' for the
 * rest. A malformed file stops the application, as a wrong rule would refuse or pass every name.
 */
@Component
class NameSuffixRules {

  static final String EVERY_STATE = "*";
  private static final Pattern STATE = Pattern.compile("\\*|[A-Z]{2}");

  record Rule(boolean required, String suffix, String source) {
  }

  private final Map<String, Rule> rules;

  NameSuffixRules(Places places,
      @Value("${sahakar.registration.name-suffixes:classpath:reference/society-name-suffixes.csv}") Resource file) {
    this.rules = read(file, places);
  }

  Rule ruleFor(String stateCode) {
    return rules.getOrDefault(stateCode, rules.get(EVERY_STATE));
  }

  /** Why the name does not end as the State's Act requires, or empty. */
  Optional<String> problem(String stateCode, String name) {
    Rule rule = ruleFor(stateCode);
    if (!rule.required() || SocietyName.endsLimited(name)) {
      return Optional.empty();
    }
    return Optional.of("must end with \"%s\" (or its equivalent, such as \"Ltd\" or \"Maryadit\"), as the %s requires"
        .formatted(rule.suffix(), rule.source()));
  }

  private static Map<String, Rule> read(Resource file, Places places) {
    Map<String, Rule> rules = new HashMap<>();
    for (CsvRows.Row row : CsvRows.reference(file, 4)) {
      String state = row.cell(0);
      if (!STATE.matcher(state).matches() || !(state.equals(EVERY_STATE) || places.state(state).isPresent())) {
        throw CsvRows.invalid(file, row, "column 1 must be a State or UT on record, or '*'");
      }
      if (!row.cell(1).equals("yes") && !row.cell(1).equals("no")) {
        throw CsvRows.invalid(file, row, "column 2 must be 'yes' or 'no'");
      }
      // a word the names are not compared without would make "X" and "X <word>" two names
      if (!SocietyName.endsLimited("name " + row.cell(2))) {
        throw CsvRows.invalid(file, row, "column 3 must be a form of \"Limited\" such as Limited, Ltd or Maryadit");
      }
      if (row.cell(3).isBlank()) {
        throw CsvRows.invalid(file, row, "column 4 must cite the Act and section, or say 'default'");
      }
      if (rules.put(state, new Rule(row.cell(1).equals("yes"), row.cell(2), row.cell(3))) != null) {
        throw CsvRows.invalid(file, row, "repeats State " + state);
      }
    }
    if (!rules.containsKey(EVERY_STATE)) {
      throw new IllegalStateException(file.getDescription() + " needs a '*' row for the States without their own");
    }
    return Map.copyOf(rules);
  }
}
