package org.sahakarflow.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sahakarflow.CaseDriver.vars;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahakarflow.CaseDriver;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.StepIds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One M-PACS per gram panchayat: a second M-PACS application for a panchayat a registered society
 * or an open application already serves is put to the registrar at scrutiny, with that society;
 * the officer may go ahead, giving reasons. One for another panchayat is not flagged.
 */
@SahakarTest
class OneMpacsPerPanchayatTest {

  private static final AtomicInteger SERIAL = new AtomicInteger(700);

  @Autowired
  ProcessEngine engine;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  Http http;
  CaseDriver cases;
  String panchayat;

  @BeforeEach
  void driver() {
    cases = new CaseDriver(engine);
    panchayat = "Bhuwana " + SERIAL.incrementAndGet() + " " + System.nanoTime() % 100_000;
  }

  @Test
  void aSecondMpacsForARegisteredSocietysPanchayatIsPutToTheRegistrarWithIt() {
    String first = atScrutiny(panchayat);
    assertThat(cases.variable(first, RegistrationVariables.PANCHAYAT_SERVED)).isEqualTo(false);
    register(first, vars("scrutinyOutcome", "INSPECT"));
    String registrationNumber = (String) cases.variable(first, "registrationNumber");
    assertThat(jdbc.queryForMap("select gram_panchayat, gram_panchayat_key, block from society"
        + " where registration_number = ?", registrationNumber)).as("the register keeps the panchayat")
        .containsEntry("GRAM_PANCHAYAT", panchayat).containsEntry("BLOCK", "Girwa")
        .containsEntry("GRAM_PANCHAYAT_KEY", panchayat.toLowerCase().replace(" ", ""));
    String society = (String) cases.variable(first, "societyName");

    // typed another way, it is the same panchayat
    String second = atScrutiny("  " + panchayat.toUpperCase().replace(" ", "-") + ".");
    assertThat(cases.variable(second, RegistrationVariables.PANCHAYAT_SERVED)).isEqualTo(true);
    assertThat(cases.variable(second, RegistrationVariables.PANCHAYAT_SERVED_BY))
        .isEqualTo(society + " (registration number " + registrationNumber + ")");
    ResponseEntity<Map> record = http.get("rcs.rj-udr", "/api/registrations/" + second);
    assertThat(record.getBody()).as("the case record says so").containsEntry("panchayatServedBy",
        society + " (registration number " + registrationNumber + ")");

    // the officer decides; going ahead takes reasons, a query does not
    Task scrutiny = cases.task(second, StepIds.TASK_SCRUTINISE_APPLICATION);
    engine.getTaskService().claim(scrutiny.getId(), "rcs.rj-udr");
    assertThatThrownBy(() -> engine.getTaskService().complete(scrutiny.getId(), vars("scrutinyOutcome", "INSPECT")))
        .hasMessageContaining("panchayatOverlapReasons: the gram panchayat already has an M-PACS (" + society);
    assertThatThrownBy(() -> engine.getTaskService().complete(scrutiny.getId(), vars("scrutinyOutcome", "DECIDE",
        RegistrationVariables.PANCHAYAT_OVERLAP_REASONS, "  "))).hasMessageContaining("panchayatOverlapReasons");
    engine.getTaskService().complete(scrutiny.getId(), vars("scrutinyOutcome", "INSPECT",
        RegistrationVariables.PANCHAYAT_OVERLAP_REASONS, "The existing PACS is dormant; the DCCB confirms no lending since 2021."));
    cases.runAsyncSteps(second);
    assertThat(cases.task(second, StepIds.TASK_INSPECT_SOCIETY)).isNotNull();
  }

  @Test
  void anOpenApplicationServesItsPanchayatToo() {
    String pending = atScrutiny(panchayat);
    String second = atScrutiny(panchayat);

    assertThat(cases.variable(second, RegistrationVariables.PANCHAYAT_SERVED)).isEqualTo(true);
    assertThat(cases.variable(second, RegistrationVariables.PANCHAYAT_SERVED_BY)).isEqualTo(
        cases.variable(pending, "societyName") + " (application " + pending + ", under consideration)");
    assertThat(cases.variable(pending, RegistrationVariables.PANCHAYAT_SERVED))
        .as("the first was alone when it came to scrutiny").isEqualTo(false);
    // a query needs no reasons: the case goes back to the applicant
    cases.complete(second, StepIds.TASK_SCRUTINISE_APPLICATION, "rcs.rj-udr",
        vars("scrutinyOutcome", "QUERY", "queryText", "Which hamlets of the panchayat will you serve?"));
  }

  @Test
  void anMpacsForAnotherPanchayatIsNotFlagged() {
    String first = atScrutiny(panchayat);
    register(first, vars("scrutinyOutcome", "INSPECT"));

    String other = atScrutiny(panchayat + " Kalan");

    assertThat(cases.variable(other, RegistrationVariables.PANCHAYAT_SERVED)).isEqualTo(false);
    assertThat(cases.variable(other, RegistrationVariables.PANCHAYAT_SERVED_BY)).isNull();
    register(other, vars("scrutinyOutcome", "DECIDE"));
  }

  private String atScrutiny(String gramPanchayat) {
    Map<String, Object> application = CaseDriver.application("RJ", "RJ-UDR", 25);
    application.put("gramPanchayat", gramPanchayat);
    String key = cases.apply("mpacs-registration", "applicant.rj-udr", application).getBusinessKey();
    cases.runAsyncSteps(key);
    cases.uploadDocuments(key);
    cases.complete(key, StepIds.TASK_RECORD_VIABILITY_NOTE, null, Map.of("viabilityNote", "viable", "viable", true));
    return key;
  }

  private void register(String key, Map<String, Object> scrutiny) {
    cases.complete(key, StepIds.TASK_SCRUTINISE_APPLICATION, "rcs.rj-udr", scrutiny);
    if ("INSPECT".equals(scrutiny.get("scrutinyOutcome"))) {
      cases.complete(key, StepIds.TASK_INSPECT_SOCIETY, "inspector.rj-udr",
          vars("inspectionFindings", "members and records verified", "recommendRegistration", true));
    }
    cases.complete(key, StepIds.TASK_DECIDE_REGISTRATION, "rcs.rj-udr", vars("decision", "REGISTER"));
    assertThat(cases.variable(key, "registrationNumber")).as(key + " registered").isNotNull();
  }
}
