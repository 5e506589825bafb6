package org.sahakarflow.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sahakarflow.CaseDriver;
import org.sahakarflow.Cases;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.society.SocietyName;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What was on record before names were reserved: a society without a name key keeps its name once
 * keyed, and of two open applications filed under one name the older takes the reservation.
 */
@SahakarTest
class NameRecordsCatchUpTest {

  @Autowired
  NameRecordsCatchUp catchUp;
  @Autowired
  ProcessEngine engine;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  Http http;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void societiesAreKeyedAndTheOlderOfTwoOpenApplicationsTakesTheirName() {
    String serial = UUID.randomUUID().toString().substring(0, 8);
    String registrationNumber = "RJ/UDR/OLD/" + serial;
    String societyName = "Purana Kheda Sahakari Samiti " + serial + " Ltd";
    jdbc.update("""
        insert into society (registration_number, name, society_type, state_code, district_code,
          registered_on, deemed, verification_code, created_at)
        values (?, ?, 'MPACS', 'RJ', 'RJ-UDR', ?, false, 'TESTCODE', ?)""", registrationNumber, societyName,
        Date.valueOf(LocalDate.of(1988, 7, 1)), new Timestamp(System.currentTimeMillis()));

    String name = "Do Naam Sahakari Samiti " + serial;
    CaseDriver cases = new CaseDriver(engine);
    ClockUtil.setCurrentTime(new java.util.Date(System.currentTimeMillis() - 3_600_000));
    String older = filedBeforeReservations(cases, name);
    ClockUtil.reset();
    String newer = filedBeforeReservations(cases, name.toUpperCase() + " Limited");
    String closed = filedBeforeReservations(cases, "Band Sahakari Samiti " + serial);
    engine.getRuntimeService().deleteProcessInstance(jdbc.queryForObject(
        "select process_instance_id from application_register where application_number = ?", String.class, closed),
        "withdrawn before names were reserved");

    catchUp.catchUp();

    assertThat(jdbc.queryForObject("select name_key from society where registration_number = ?", String.class,
        registrationNumber)).isEqualTo(SocietyName.key(societyName));
    assertThat(jdbc.queryForMap("select status, held from society_name_reservation where application_number = ?",
        older)).containsEntry("STATUS", "OPEN").containsEntry("HELD", "Y");
    assertThat(jdbc.queryForObject("select count(*) from society_name_reservation where application_number = ?",
        Long.class, newer)).as("left to the registrar").isZero();
    assertThat(jdbc.queryForObject("select count(*) from society_name_reservation where application_number = ?",
        Long.class, closed)).as("a closed application holds no name").isZero();

    Map<String, Object> application = Cases.mpacsApplication("RJ", "RJ-UDR");
    application.put("societyName", "Purana Kheda Sahakari Samiti " + serial);
    ResponseEntity<String> refused = http.post("applicant.rj-udr", "/api/registrations", application);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("is the name of the registered society " + registrationNumber);
  }

  /** An application as it stood before V13: filed, with no reservation. */
  private String filedBeforeReservations(CaseDriver cases, String name) {
    Map<String, Object> variables = CaseDriver.application("RJ", "RJ-UDR", 25);
    variables.put("societyName", name);
    String key = cases.apply("mpacs-registration", "applicant.rj-udr", variables).getBusinessKey();
    jdbc.update("delete from society_name_reservation where application_number = ?", key);
    return key;
  }
}
