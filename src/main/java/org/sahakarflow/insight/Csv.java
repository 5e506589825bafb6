package org.sahakarflow.insight;

import java.lang.reflect.RecordComponent;
import java.util.List;

/** Any list of records as CSV: a header of the component names, then one line per record. */
final class Csv {

  private static final String FORMULA_START = "=+-@\t\r";

  private Csv() {
  }

  static String of(Class<? extends Record> type, List<? extends Record> rows) {
    RecordComponent[] columns = type.getRecordComponents();
    StringBuilder csv = new StringBuilder();
    for (int i = 0; i < columns.length; i++) {
      csv.append(i > 0 ? "," : "").append(columns[i].getName());
    }
    csv.append("\r\n");
    for (Record row : rows) {
      for (int i = 0; i < columns.length; i++) {
        csv.append(i > 0 ? "," : "").append(cell(value(columns[i], row)));
      }
      csv.append("\r\n");
    }
    return csv.toString();
  }

  private static Object value(RecordComponent column, Record row) {
    try {
      return column.getAccessor().invoke(row);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Quoted when needed (RFC 4180). A text cell starting with a character a spreadsheet reads as
   * the start of a formula (OWASP's list: = + - @ tab, carriage return) gets a leading quote, so
   * it shows as text and never runs. Number columns are written as numbers, a negative one too:
   * a spreadsheet reads "-5" as the number it is, not as a formula.
   */
  private static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    if (!(value instanceof Number) && !text.isEmpty() && FORMULA_START.indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }
}
