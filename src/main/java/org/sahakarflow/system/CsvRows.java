package org.sahakarflow.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.Resource;

/**
 * CSV rows as Jackson CSV reads them, each with the line it starts on: a bad row is named by
 * the line an editor shows, comment lines, blank lines and line breaks inside quotes counted.
 * Cells are stripped and a quote may follow a space (as in {@code A, "B, C"}), since a space typed
 * after a comma is never meant as data; blank lines are left out.
 */
public final class CsvRows {

  private static final ObjectReader ROWS = CsvMapper.builder()
      .enable(CsvParser.Feature.WRAP_AS_ARRAY, CsvParser.Feature.SKIP_EMPTY_LINES, CsvParser.Feature.TRIM_SPACES)
      .build().readerForListOf(String.class);

  private CsvRows() {
  }

  /**
   * A reference file, shipped or set by an administrator: {@code #} comment lines, a header row
   * (left out of the result), then rows of exactly {@code columns} cells. A malformed file stops
   * the caller, naming file and line: reference data read wrong would be wrong everywhere.
   */
  public static List<Row> reference(Resource file, int columns) {
    List<Row> rows;
    try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
      rows = read(reader, CsvSchema.emptySchema().withComments());
    } catch (Malformed e) {
      throw new IllegalStateException(file.getDescription() + " line " + e.line() + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file.getDescription(), e);
    }
    List<Row> data = rows.isEmpty() ? List.of() : rows.subList(1, rows.size());
    for (Row row : data) {
      if (row.cells().size() != columns) {
        throw invalid(file, row, "has " + row.cells().size() + " columns, expected " + columns);
      }
    }
    return data;
  }

  /** Text as sent, such as an upload: every row, the header too; a {@code #} is data here. */
  public static List<Row> parse(String text) throws Malformed {
    try {
      return read(new StringReader(text), CsvSchema.emptySchema());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** For a reader's own checks on a reference file, worded like the malformed rows above. */
  public static IllegalStateException invalid(Resource file, Row row, String problem) {
    return new IllegalStateException(file.getDescription() + " line " + row.line() + ": " + problem);
  }

  private static List<Row> read(Reader reader, CsvSchema schema) throws IOException, Malformed {
    List<Row> rows = new ArrayList<>();
    int line = 1;
    try (MappingIterator<List<String>> cells = ROWS.with(schema).readValues(reader)) {
      while (cells.hasNextValue()) {
        line = cells.getParser().currentLocation().getLineNr();
        List<String> row = cells.nextValue().stream().map(String::strip).toList();
        // a line of tabs or other blanks that Jackson does not skip
        if (row.size() > 1 || row.size() == 1 && !row.get(0).isEmpty()) {
          rows.add(new Row(line, row));
        }
      }
    } catch (JsonProcessingException e) {
      throw new Malformed(line, e.getOriginalMessage());
    }
    return rows;
  }

  public record Row(int line, List<String> cells) {

    public String cell(int column) {
      return cells.get(column);
    }
  }

  /** Text that is not CSV, such as a quote left open; the line is where its row starts. */
  public static final class Malformed extends Exception {

    private final int line;

    Malformed(int line, String message) {
      super(message);
      this.line = line;
    }

    public int line() {
      return line;
    }
  }
}
