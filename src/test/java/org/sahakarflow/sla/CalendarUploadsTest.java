package org.sahakarflow.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahakarflow.CaseDriver;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.identity.Places;
import org.sahakarflow.system.India;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** An administrator uploads the year's holiday lists and a State's working week without a release. */
@SahakarTest
class CalendarUploadsTest {

  static final String KERALA_2027 = "stateCode,date,name\nKL,2027-01-26,Republic Day\nKL,2027-01-02,Mannam Jayanthi\n";

  @Autowired
  Http http;
  @Autowired
  WorkingDayCalendar calendar;
  @Autowired
  TimeLimits limits;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  Places places;
  @Autowired
  RuntimeService runtime;
  @Autowired
  ProcessEngine engine;
  @Autowired
  MeterRegistry meters;
  final ObjectMapper json = new ObjectMapper();
  Map<String, WorkingDayCalendar.WorkingWeek> weeks;
  Map<String, Set<LocalDate>> holidays;

  @BeforeEach
  void keepTheShippedCalendar() {
    weeks = calendar.weeks();
    holidays = calendar.holidays();
    jdbc.update("delete from reference_upload");
  }

  @AfterEach
  void restoreIt() {
    calendar.replace(weeks, holidays);
    jdbc.update("delete from reference_upload");
  }

  @Test
  void aStatesListForANewYearCountsAtOnceAndIsKeptAsAVersion() throws Exception {
    LocalDate filed = LocalDate.of(2026, 12, 3);
    assertThat(limits.lastDay("KL", filed, Period.ofDays(30))).as("no 2027 list yet: a first Saturday, open")
        .isEqualTo("2027-01-02");

    ResponseEntity<String> response = upload("admin", "holidays", KERALA_2027);

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(response.getBody()).get("summary").asText()).isEqualTo("[KL/2027]");
    assertThat(limits.lastDay("KL", filed, Period.ofDays(30))).as("Mannam Jayanthi, then Sunday")
        .isEqualTo("2027-01-04");
    assertThat(limits.lastDay("AP", filed, Period.ofDays(30))).as("other States keep theirs").isEqualTo("2027-01-02");
    ResponseEntity<String> versions = http.as("admin").getForEntity("/api/reference/holidays/versions", String.class);
    JsonNode latest = json.readTree(versions.getBody()).get(0);
    assertThat(latest.get("version").asInt()).isEqualTo(1);
    assertThat(latest.get("uploadedBy").asText()).isEqualTo("admin");
    assertThat(latest.get("rows").asInt()).isEqualTo(2);

    // a restarted node builds the same calendar from the shipped files and the uploads on record
    WorkingDayCalendar restarted = new WorkingDayCalendar(weeks, holidays, calendar.everyYear());
    new CalendarUploads(restarted, new org.sahakarflow.system.ReferenceUploadLog(jdbc), places, new MissingHolidayLists(restarted, runtime));
    assertThat(restarted.isWorkingDay("KL", LocalDate.of(2027, 1, 2))).isFalse();
  }

  @Test
  void aDueDateCountedIntoAYearWithoutAListIsAnIncidentUntilTheListIsUploaded() {
    ClockUtil.setCurrentTime(India.startOf(LocalDate.of(2026, 12, 28)));
    try {
      String key = new CaseDriver(engine).mpacsAtScrutiny("KL", "KL-ALA", "applicant.kl-ala");
      List<Incident> flagged = runtime.createIncidentQuery().incidentType(MissingHolidayLists.INCIDENT)
          .processInstanceId(scrutinyInstance(key)).list();
      assertThat(flagged).singleElement().satisfies(incident -> {
        assertThat(incident.getConfiguration()).isEqualTo("KL/2027");
        assertThat(incident.getIncidentMessage()).contains("no holiday list for KL", "Task_ScrutiniseApplication");
      });

      assertThat(upload("admin", "holidays", KERALA_2027).getStatusCode()).isEqualTo(HttpStatus.OK);

      assertThat(new CaseDriver(engine).instances(key)).allSatisfy(instance -> assertThat(runtime.createIncidentQuery()
          .incidentType(MissingHolidayLists.INCIDENT).processInstanceId(instance.getId()).count())
          .as("resolved, with the calling process's").isZero());
    } finally {
      ClockUtil.reset();
    }
  }

  private String scrutinyInstance(String key) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(key)
        .taskDefinitionKey("Task_ScrutiniseApplication").singleResult().getProcessInstanceId();
  }

  @Test
  void theAdministratorIsToldSixtyDaysAheadWhichStatesLackNextYearsList() throws Exception {
    ClockUtil.setCurrentTime(India.startOf(LocalDate.of(2026, 11, 1)));
    try {
      assertThat(coverageYears()).as("2027 is 61 days away").containsExactly(2026);
      assertThat(missing("next")).isZero();

      ClockUtil.setCurrentTime(India.startOf(LocalDate.of(2026, 11, 2)));
      JsonNode next = json.readTree(http.as("admin").getForObject("/api/reference/holidays/coverage", String.class)).get(1);
      assertThat(next.get("year").asInt()).isEqualTo(2027);
      assertThat(next.get("centralList").asBoolean()).isFalse();
      assertThat(next.get("statesWithoutList")).hasSize(places.states().size());
      assertThat(missing("next")).isEqualTo(places.states().size());
      assertThat(missing("current")).as("2026 has the central list").isZero();

      upload("admin", "holidays", KERALA_2027);
      next = json.readTree(http.as("admin").getForObject("/api/reference/holidays/coverage", String.class)).get(1);
      assertThat(next.get("statesWithOwnList").toString()).isEqualTo("[\"KL\"]");
      assertThat(next.get("statesWithoutList").toString()).doesNotContain("\"KL\"").contains("\"AP\"", "\"MS\"");
      assertThat(missing("next")).isEqualTo(places.states().size() - 1);

      upload("admin", "holidays", "stateCode,date,name\n*,2027-01-26,Republic Day\n");
      assertThat(missing("next")).as("the central list stands for the rest").isZero();
      assertThat(http.as("registrar.rj").getForEntity("/api/reference/holidays/coverage", String.class)
          .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    } finally {
      ClockUtil.reset();
    }
  }

  private List<Integer> coverageYears() throws Exception {
    List<Integer> years = new ArrayList<>();
    json.readTree(http.as("admin").getForObject("/api/reference/holidays/coverage", String.class))
        .forEach(year -> years.add(year.get("year").asInt()));
    return years;
  }

  private double missing(String year) {
    return meters.get(HolidayListWatch.MISSING).tag("year", year).gauge().value();
  }

  @Test
  void aNewListReplacesTheStatesListForThatYearOnly() {
    assertThat(upload("admin", "holidays", KERALA_2027).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(upload("admin", "holidays", "stateCode,date,name\nKL,2027-01-26,Republic Day\n").getStatusCode())
        .isEqualTo(HttpStatus.OK);

    assertThat(calendar.isWorkingDay("KL", LocalDate.of(2027, 1, 2))).as("dropped from the 2027 list").isTrue();
    assertThat(calendar.isWorkingDay("KL", LocalDate.of(2026, 1, 26))).as("2026 untouched").isFalse();
    assertThat(jdbc.queryForObject("select max(version) from reference_upload where dataset = 'holidays'",
        Integer.class)).isEqualTo(2);
  }

  @Test
  void badRowsAreNamedByLineAndColumnAndNothingIsApplied() throws Exception {
    ResponseEntity<String> response = upload("admin", "holidays", "stateCode,date,name\n"
        + "KL,2027-01-02,Mannam Jayanthi Day\n"
        + "ZZ,2027-03-01,Somewhere\n"
        + "KL,2027-02-30,Not a day\n"
        + "KL,2027-05-01,\n"
        + "KL,2027-01-02,Mannam Jayanthi\n"
        + "KL,2027-06-01\n");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(response)).containsExactly(
        "line 3: stateCode: ZZ is not a State or Union Territory on record",
        "line 4: date: must be a date like 2026-01-26",
        "line 5: name: the holiday's name, one line of at most 100 characters",
        "line 6: date: 2027-01-02 for KL is on line 2 too",
        "line 7: has 2 cells, not 3");
    assertThat(calendar.isWorkingDay("KL", LocalDate.of(2027, 1, 2))).isTrue();
    assertThat(jdbc.queryForObject("select count(*) from reference_upload", Integer.class)).isZero();
    assertThat(upload("admin", "holidays", "state,date,name\nKL,2027-01-26,Republic Day\n").getBody())
        .contains("the header is stateCode,date,name");
  }

  @Test
  void biharsWorkingWeekIsUploadedForBiharAlone() {
    LocalDate secondSaturday = LocalDate.of(2027, 3, 13);
    assertThat(calendar.isWorkingDay("BR", secondSaturday)).isFalse();

    assertThat(upload("admin", "working-week", "stateCode,sundayOff,saturdaysOff\nBR,yes,none\n").getStatusCode())
        .isEqualTo(HttpStatus.OK);

    assertThat(calendar.isWorkingDay("BR", secondSaturday)).isTrue();
    assertThat(calendar.isWorkingDay("UP", secondSaturday)).isFalse();
    assertThat(upload("admin", "working-week", "stateCode,sundayOff,saturdaysOff\nBR,sometimes,2 4\n").getBody())
        .contains("line 2", "sundayOff: must be 'yes' or 'no'");
  }

  @Test
  void onlyAnAdministratorUploadsOrReadsTheHistory() {
    assertThat(upload("registrar.rj", "holidays", KERALA_2027).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.as("registrar.rj").getForEntity("/api/reference/holidays/versions", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(upload("admin", "districts", KERALA_2027).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(calendar.isWorkingDay("KL", LocalDate.of(2027, 1, 2))).isTrue();
  }

  private ResponseEntity<String> upload(String user, String dataset, String csv) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.valueOf("text/csv"));
    return http.as(user).exchange("/api/reference/" + dataset, HttpMethod.POST,
        new HttpEntity<>(csv.getBytes(StandardCharsets.UTF_8), headers), String.class);
  }

  private List<String> errors(ResponseEntity<String> response) throws Exception {
    List<String> errors = new ArrayList<>();
    for (JsonNode error : json.readTree(response.getBody()).get("errors")) {
      errors.add(error.get("field").asText() + ": " + error.get("reason").asText());
    }
    return errors;
  }
}
