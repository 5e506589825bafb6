package org.sahakarflow.system;

import java.util.ArrayList;
import java.util.List;
import org.sahakarflow.system.InvalidInputException.FieldProblem;

/**
 * A CSV file an administrator uploads: its header must be exactly the dataset's columns, and each
 * bad row is collected (line, column, reason) so that one answer names them all.
 */
public final class CsvUpload {

  private final List<CsvRows.Row> rows;
  private final List<FieldProblem> problems = new ArrayList<>();

  private CsvUpload(List<CsvRows.Row> rows) {
    this.rows = rows;
  }

  /** Reads the text and checks the header; a malformed file or a wrong header is refused at once. */
  public static CsvUpload of(String text, List<String> columns) {
    List<CsvRows.Row> all;
    try {
      all = CsvRows.parse(text.replace("\uFEFF", ""));
    } catch (CsvRows.Malformed e) {
      throw new InvalidInputException("line " + e.line(), e.getMessage());
    }
    if (all.isEmpty() || !all.get(0).cells().equals(columns)) {
      throw new InvalidInputException("line " + (all.isEmpty() ? 1 : all.get(0).line()),
          "the header is " + String.join(",", columns));
    }
    CsvUpload upload = new CsvUpload(new ArrayList<>());
    for (CsvRows.Row row : all.subList(1, all.size())) {
      if (row.cells().size() != columns.size()) {
        upload.problems.add(new FieldProblem("line " + row.line(), "has " + row.cells().size() + " cells, not "
            + columns.size()));
      } else {
        upload.rows.add(row);
      }
    }
    return upload;
  }

  /** The rows with as many cells as the header. */
  public List<CsvRows.Row> rows() {
    return rows;
  }

  public void problem(CsvRows.Row row, String column, String reason) {
    problems.add(new FieldProblem("line " + row.line(), column + ": " + reason));
  }

  /** How many problems are found so far, to tell whether a row added any. */
  public int problems() {
    return problems.size();
  }

  /** Refuses the file if any row was bad, or if it has no rows at all. */
  public void refuseIfBad() {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (rows.isEmpty()) {
      throw new InvalidInputException("file", "no rows under the header");
    }
  }
}
