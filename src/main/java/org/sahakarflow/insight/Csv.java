package org.sahakarflow.insight;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import java.io.IOException;
import java.util.List;

/** Any list of records as CSV: a header of the component names, then one line per record. */
final class Csv {

  /**
   * Columns in the order the record declares them, not sorted by name; a cell quoted only when it
   * must be (RFC 4180), not whenever Jackson's quick check sees a space or more than 24 characters.
   */
  private static final CsvMapper MAPPER = CsvMapper.builder()
      .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
      .addModule(new SimpleModule().addSerializer(String.class, new FormulaAsText()))
      .build();

  private Csv() {
  }

  static String of(Class<? extends Record> type, List<? extends Record> rows) {
    try {
      return MAPPER.writer(MAPPER.schemaFor(type).withHeader().withLineSeparator("\r\n")).writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + type.getSimpleName() + " as CSV", e);
    }
  }

  /**
   * A text cell starting with a character a spreadsheet reads as the start of a formula (OWASP's
   * list: = + - @ tab, carriage return) gets a leading quote, so it shows as text and never runs.
   * Only text: number columns are written as numbers, a negative one too, since a spreadsheet
   * reads "-5" as the number it is, not as a formula.
   */
  private static final class FormulaAsText extends StdSerializer<String> {

    private static final String FORMULA_START = "=+-@\t\r";

    FormulaAsText() {
      super(String.class);
    }

    @Override
    public void serialize(String text, JsonGenerator csv, SerializerProvider provider) throws IOException {
      boolean formula = !text.isEmpty() && FORMULA_START.indexOf(text.charAt(0)) >= 0;
      csv.writeString(formula ? "'" + text : text);
    }
  }
}
