package org.sahakarflow.insight;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ministry's dashboard tables as JSON, and as CSV under the same path with {@code .csv}
 * (a download link cannot set an Accept header). Query parameters are the dashboard's filters.
 */
@RestController
@Validated
@RequestMapping("/api/insight")
@Tag(name = "insight", description = "Bottlenecks and SLA breaches (ministry and State registrars)")
class InsightController {

  static final String CSV = "text/csv";

  private final InsightQueries queries;
  private final FormationProgress formation;
  private final IdentityService identity;

  InsightController(InsightQueries queries, FormationProgress formation, IdentityService identity) {
    this.queries = queries;
    this.formation = formation;
    this.identity = identity;
  }

  @Operation(summary = "Per district and society type: the year's formation target, societies registered that year,"
      + " registration cases open, and the percentage of the target reached")
  @GetMapping("/formation")
  List<FormationProgress.Row> formation(@RequestParam(required = false) @Min(2000) @Max(2100) Integer year) {
    return formation.rows(scope(), year);
  }

  @Operation(summary = "The formation table as CSV")
  @GetMapping(path = "/formation.csv", produces = CSV)
  ResponseEntity<String> formationCsv(@RequestParam(required = false) @Min(2000) @Max(2100) Integer year) {
    return csv("formation", Csv.of(FormationProgress.Row.class, formation(year)));
  }

  @Operation(summary = "Per process and step: open, overdue now, median and 90th-percentile time in step (seconds), breach rate over the period")
  @GetMapping("/steps")
  List<InsightQueries.StepFigures> steps(@Valid InsightFilter filter) {
    return queries.steps(filter, scope());
  }

  @Operation(summary = "Per State, process and step: open steps past their due date")
  @GetMapping("/heat")
  List<InsightQueries.HeatCell> heat(@Valid InsightFilter filter) {
    return queries.heat(filter, scope());
  }

  @Operation(summary = "The 20 open steps longest past their due date")
  @GetMapping("/overdue")
  List<InsightQueries.OverdueStep> overdue(@Valid InsightFilter filter) {
    return queries.oldestOverdue(filter, scope());
  }

  @Operation(summary = "Cases held by a step whose retries are spent (an incident), oldest first, until retried in Cockpit")
  @GetMapping("/stopped")
  List<InsightQueries.StoppedCase> stopped(@Valid InsightFilter filter) {
    return queries.stoppedCases(filter, scope());
  }

  @Operation(summary = "The stopped cases as CSV")
  @GetMapping(path = "/stopped.csv", produces = CSV)
  ResponseEntity<String> stoppedCsv(@Valid InsightFilter filter) {
    return csv("stopped", Csv.of(InsightQueries.StoppedCase.class, stopped(filter)));
  }

  @Operation(summary = "The steps table as CSV")
  @GetMapping(path = "/steps.csv", produces = CSV)
  ResponseEntity<String> stepsCsv(@Valid InsightFilter filter) {
    return csv("steps", Csv.of(InsightQueries.StepFigures.class, steps(filter)));
  }

  @Operation(summary = "The State × step heat table as CSV")
  @GetMapping(path = "/heat.csv", produces = CSV)
  ResponseEntity<String> heatCsv(@Valid InsightFilter filter) {
    return csv("heat", Csv.of(InsightQueries.HeatCell.class, heat(filter)));
  }

  @Operation(summary = "The oldest overdue steps as CSV")
  @GetMapping(path = "/overdue.csv", produces = CSV)
  ResponseEntity<String> overdueCsv(@Valid InsightFilter filter) {
    return csv("overdue", Csv.of(InsightQueries.OverdueStep.class, overdue(filter)));
  }

  private InsightScope scope() {
    return InsightScope.of(identity.getCurrentAuthentication());
  }

  private static ResponseEntity<String> csv(String name, String body) {
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(CSV + ";charset=UTF-8"))
        .header("Content-Disposition", "attachment; filename=\"insight-" + name + ".csv\"").body(body);
  }
}
