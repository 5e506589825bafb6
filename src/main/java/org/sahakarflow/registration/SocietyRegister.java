package org.sahakarflow.registration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Optional;
import org.sahakarflow.identity.Places;
import org.sahakarflow.society.SocietyName;
import org.sahakarflow.society.SocietyType;
import org.sahakarflow.system.EngineClock;
import org.sahakarflow.system.India;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of societies. A society enters it in the transaction that registers it, so the
 * register, the registration number, the decision and the name now the society's own commit or
 * roll back together.
 */
@Component
class SocietyRegister {


  private static final String COLUMNS = """
      registration_number, application_number, name, society_type, state_code, district_code,
      area_of_operation, registered_on, registered_by, deemed, verification_code, bye_law_version""";

  private final JdbcTemplate jdbc;
  private final RegistrationNumbers numbers;
  private final Places places;
  private final NameReservations names;

  SocietyRegister(JdbcTemplate jdbc, RegistrationNumbers numbers, Places places, NameReservations names) {
    this.jdbc = jdbc;
    this.numbers = numbers;
    this.places = places;
    this.names = names;
  }

  /** Registers the society today (India time, engine clock) under the next number in its series. */
  @Transactional(propagation = Propagation.MANDATORY)
  public Society register(NewSociety society) {
    if (!places.isDistrictOf(society.districtCode(), society.stateCode())) {
      throw new IllegalArgumentException("district " + society.districtCode()
          + " is not on record as a district of " + society.stateCode());
    }
    if (!society.deemed() && society.registeredBy() == null) {
      throw new IllegalArgumentException("a society is registered by an officer or deemed registered");
    }
    if (society.deemed() != (society.deemedOn() != null)) {
      throw new IllegalArgumentException("a deemed registration, and only one, takes effect on the day the Act says");
    }
    // a deemed registration is by operation of law: no officer signs it, whoever was assigned
    String officer = society.deemed() ? null : society.registeredBy();
    LocalDate registeredOn = society.deemedOn() != null ? society.deemedOn() : EngineClock.today();
    String number = numbers.allocate(society.stateCode(), society.districtCode(), society.type(), registeredOn);
    Society registered = new Society(number, society.applicationNumber(), society.name(),
        society.type(), society.stateCode(), society.districtCode(), society.areaOfOperation(),
        registeredOn, officer, society.deemed(), VerificationCodes.next(), society.byeLawVersion());
    jdbc.update("insert into society (" + COLUMNS + ", name_key, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        registered.registrationNumber(), registered.applicationNumber(), registered.name(),
        registered.type().name(), registered.stateCode(), registered.districtCode(),
        registered.areaOfOperation(), registered.registeredOn(), registered.registeredBy(),
        registered.deemed(), registered.verificationCode(), registered.byeLawVersion(),
        SocietyName.key(registered.name()), new Timestamp(EngineClock.INSTANCE.millis()));
    if (registered.applicationNumber() != null) {
      names.registered(registered.applicationNumber(), number);
      // where the society works, as its application named it: one M-PACS per gram panchayat
      jdbc.update("""
          update society set (block, gram_panchayat, gram_panchayat_lgd_code, gram_panchayat_key) =
            (select block, gram_panchayat, gram_panchayat_lgd_code, gram_panchayat_key
             from application_register where application_number = ?)
          where registration_number = ?""", registered.applicationNumber(), number);
    }
    return registered;
  }

  Optional<Society> find(String registrationNumber) {
    return jdbc.query("select " + COLUMNS + " from society where registration_number = ?",
        SocietyRegister::society, registrationNumber).stream().findFirst();
  }

  private static Society society(ResultSet row, int index) throws SQLException {
    return new Society(row.getString("registration_number"), row.getString("application_number"),
        row.getString("name"), SocietyType.valueOf(row.getString("society_type")),
        row.getString("state_code"), row.getString("district_code"),
        row.getString("area_of_operation"), row.getObject("registered_on", LocalDate.class),
        row.getString("registered_by"), row.getBoolean("deemed"),
        row.getString("verification_code"), row.getString("bye_law_version"));
  }

  /** A society about to be registered; {@code applicationNumber} is null for imported ones. */
  /** @param deemedOn the day a deemed registration takes effect; null for an officer's */
  record NewSociety(String applicationNumber, String name, SocietyType type, String stateCode,
      String districtCode, String areaOfOperation, String registeredBy, boolean deemed,
      LocalDate deemedOn, String byeLawVersion) {
  }

  record Society(String registrationNumber, String applicationNumber, String name,
      SocietyType type, String stateCode, String districtCode, String areaOfOperation,
      LocalDate registeredOn, String registeredBy, boolean deemed, String verificationCode,
      String byeLawVersion) {
  }
}
