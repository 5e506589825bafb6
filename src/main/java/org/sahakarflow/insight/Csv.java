package org.sahakarflow.insight;

import java.lang.reflect.RecordComponent;
import java.util.List;

/** Any list of records as CSV: a header of the component names, then one line per record. */
final class Csv {

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

  /** Quoted when needed (RFC 4180); a leading formula character is neutralised for spreadsheets. */
  private static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }
}
