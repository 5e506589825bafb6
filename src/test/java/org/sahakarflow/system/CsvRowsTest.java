package org.sahakarflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;

/** Rows keep the line an editor shows, whatever comes between them. */
class CsvRowsTest {

  @Test
  void rowsKnowTheirLineAcrossCommentsBlankLinesAndQuotedLineBreaks() {
    List<CsvRows.Row> rows = CsvRows.reference(file("""
        # a comment
        code,name
        
        A, "first, with a comma"
        \t
        B,"two
        lines"
        C,"say ""hi\"\"\"
        """), 2);

    assertThat(rows).extracting(CsvRows.Row::line).containsExactly(4, 6, 8);
    assertThat(rows).extracting(CsvRows.Row::cells).containsExactly(
        List.of("A", "first, with a comma"), List.of("B", "two\nlines"), List.of("C", "say \"hi\""));
  }

  @Test
  void aReferenceFileWithAWrongRowNamesFileAndLine() {
    assertThatThrownBy(() -> CsvRows.reference(file("code,name\nA,a\nB\n"), 2))
        .hasMessage("Byte array resource [test] line 3: has 1 columns, expected 2");
    assertThatThrownBy(() -> CsvRows.reference(file("code,name\nA,a\nB,\"open\nC,c\n"), 2))
        .hasMessageStartingWith("Byte array resource [test] line 3: ");
  }

  @Test
  void uploadedTextKeepsItsHeaderAndReadsAHashAsData() throws Exception {
    assertThat(CsvRows.parse("code,name\r\n#1,a\r\n")).extracting(CsvRows.Row::cells)
        .containsExactly(List.of("code", "name"), List.of("#1", "a"));
    assertThatThrownBy(() -> CsvRows.parse("code,name\n\"x\"y,z\n"))
        .isInstanceOfSatisfying(CsvRows.Malformed.class, e -> assertThat(e.line()).isEqualTo(2));
  }

  private static ByteArrayResource file(String text) {
    return new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8), "test");
  }
}
