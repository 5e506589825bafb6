package org.sahakarflow.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sahakarflow.StepIds;
import org.sahakarflow.bylaws.AdoptionProgress;

/** The CSV downloads: columns as the records declare them, quoting only where RFC 4180 needs it. */
class CsvTest {

  @ParameterizedTest
  @ValueSource(classes = {InsightQueries.StepFigures.class, InsightQueries.HeatCell.class,
      InsightQueries.OverdueStep.class, FormationProgress.Row.class, AdoptionProgress.DistrictCount.class})
  @SuppressWarnings("unchecked")
  void theHeaderNamesTheComponentsInTheirOrder(Class<?> type) {
    String header = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
        .collect(Collectors.joining(","));
    assertThat(Csv.of((Class<? extends Record>) type, List.of())).isEqualTo(header + "\r\n");
  }

  @Test
  void cellsAreQuotedOnlyWhenTheyMustBeAndNumbersStayNumbers() {
    var rows = List.of(
        new InsightQueries.StepFigures("mpacs-registration", StepIds.TASK_SCRUTINISE_APPLICATION,
            "Scrutinise application, then decide whether it is complete", 3, -1, 0, 0, null, 12.5, 1.0E7, "office"),
        new InsightQueries.StepFigures("p", "say \"no\"", "two\nlines", 0, 0, 0, 0, 0.25, null, null, "applicant"));

    assertThat(Csv.of(InsightQueries.StepFigures.class, rows)).endsWith("\r\n"
        + "mpacs-registration,Task_ScrutiniseApplication,\"Scrutinise application, then decide whether it is complete\",3,-1,0,0,,12.5,1.0E7,office\r\n"
        + "p,\"say \"\"no\"\"\",\"two\nlines\",0,0,0,0,0.25,,,applicant\r\n");
  }
}
