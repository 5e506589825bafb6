package org.sahakarflow.registration;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.sahakarflow.society.SocietyType;
import org.sahakarflow.system.CsvRows;
import org.sahakarflow.system.CsvRows.Row;
import org.springframework.core.io.Resource;

/**
 * A reference file keyed by State and society type, each of which may be '*': the most specific
 * row answers (State and type, then State, then type, then '*,*'). A file that leaves a type
 * without a row for the States not named, names a State and type twice or cites no source stops
 * the application: a rule read wrong is wrong for every case.
 */
final class StateTypeRows<T> {

  private static final String ANY = "*";
  private static final Pattern STATE = Pattern.compile("\\*|[A-Z]{2}");

  private final Map<String, T> rows;

  private StateTypeRows(Map<String, T> rows) {
    this.rows = rows;
  }

  static <T> StateTypeRows<T> read(Resource file, int columns, Function<Row, T> value) {
    Map<String, T> rows = new HashMap<>();
    for (Row row : CsvRows.reference(file, columns)) {
      if (!STATE.matcher(row.cell(0)).matches()) {
        throw CsvRows.invalid(file, row, "column 1 must be a State code or '*'");
      }
      if (!ANY.equals(row.cell(1)) && !isType(row.cell(1))) {
        throw CsvRows.invalid(file, row, "column 2 must be MPACS, DAIRY, FISHERIES or '*'");
      }
      if (row.cell(columns - 1).isBlank()) {
        throw CsvRows.invalid(file, row, "the last column must say where the rule comes from, or 'not checked'");
      }
      if (rows.put(key(row.cell(0), row.cell(1)), value.apply(row)) != null) {
        throw CsvRows.invalid(file, row, "repeats " + row.cell(0) + "," + row.cell(1));
      }
    }
    for (SocietyType type : SocietyType.values()) {
      if (!rows.containsKey(key(ANY, type.name())) && !rows.containsKey(key(ANY, ANY))) {
        throw new IllegalStateException(file.getDescription() + " needs a '*,*' row, or a '*," + type.name()
            + "' row, for the States without their own");
      }
    }
    return new StateTypeRows<>(Map.copyOf(rows));
  }

  T of(String stateCode, SocietyType type) {
    for (String key : new String[] {key(stateCode, type.name()), key(stateCode, ANY), key(ANY, type.name())}) {
      T row = rows.get(key);
      if (row != null) {
        return row;
      }
    }
    return rows.get(key(ANY, ANY));
  }

  private static boolean isType(String name) {
    for (SocietyType type : SocietyType.values()) {
      if (type.name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  private static String key(String state, String type) {
    return state + "," + type;
  }
}
