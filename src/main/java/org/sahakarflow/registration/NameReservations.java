package org.sahakarflow.registration;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;
import org.sahakarflow.society.Societies;
import org.sahakarflow.society.SocietyName;
import org.sahakarflow.system.CaseVariables;
import org.sahakarflow.system.EngineClock;
import org.sahakarflow.system.InvalidInputException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The names the registrar holds in a State (table {@code society_name_reservation}), written in the
 * engine's transactions: an application's name is held while it is open, for the society once
 * registered, and after a refusal until the appeal window closes, so that an appeal allowed later
 * still finds the name free. The table's unique key, not the look-up before it, is what keeps two
 * applications filed at the same moment from both holding one name.
 */
@Component
class NameReservations {

  static final String OPEN = "OPEN";
  static final String REFUSED = "REFUSED";
  static final String REGISTERED = "REGISTERED";
  static final String RELEASED = "RELEASED";
  private static final String HELD = "Y";
  private static final String COMPARED = " (names are compared without case, spacing, punctuation or \"Limited\")";
  static final String UNDER_CONSIDERATION = "is reserved for an application under consideration" + COMPARED;

  private final JdbcTemplate jdbc;
  private final Societies societies;

  NameReservations(JdbcTemplate jdbc, Societies societies) {
    this.jdbc = jdbc;
    this.societies = societies;
  }

  /**
   * Why the State cannot give this name to the application (null: a new one): a registered
   * society's number, or that another application holds it, never whose.
   */
  Optional<String> clash(String stateCode, String name, String applicationNumber) {
    String key = SocietyName.key(name);
    Optional<String> registered = societies.registeredUnder(stateCode, key);
    if (registered.isPresent()) {
      return Optional.of(registeredSociety(registered.get()));
    }
    List<String> holders = jdbc.queryForList("""
        select coalesce(registration_number, '') from society_name_reservation
        where state_code = ? and name_key = ? and held = ? and application_number <> ?
          and (status <> ? or held_until >= ?)""", String.class, stateCode, key, HELD,
        applicationNumber == null ? "" : applicationNumber, REFUSED, Date.valueOf(EngineClock.today()));
    return holders.stream().findFirst()
        .map(number -> number.isEmpty() ? UNDER_CONSIDERATION : registeredSociety(number));
  }

  /**
   * The applicant's own open application for this society (same State, district, type and name, as
   * written), if they have filed it already: a resent request is answered with it, not a second case.
   * A name written otherwise is another request, refused as a name the State holds.
   */
  Optional<String> openApplicationOf(String applicantId, String stateCode, String districtCode, String societyType,
      String name) {
    return jdbc.queryForList("""
        select r.application_number from application_register r
        join society_name_reservation n on n.application_number = r.application_number
        where r.applicant_id = ? and r.state_code = ? and r.district_code = ? and r.society_type = ?
          and r.society_name = ? and n.name_key = ? and n.held = ? and n.status = ?""", String.class, applicantId,
        stateCode, districtCode, societyType, name, SocietyName.key(name), HELD, OPEN).stream().findFirst();
  }

  /** @throws InvalidInputException on {@code societyName} when the name is not the State's to give */
  void reserve(String applicationNumber, String stateCode, String name) {
    refuseClash(stateCode, name, applicationNumber);
    hold(applicationNumber, stateCode, name);
  }

  /**
   * Holds a name that {@link #clash} found free a moment ago, in this transaction.
   *
   * @throws InvalidInputException on {@code societyName} when another application took it since
   */
  void hold(String applicationNumber, String stateCode, String name) {
    String key = SocietyName.key(name);
    releaseLapsedHold(stateCode, key);
    holding(() -> jdbc.update("""
        insert into society_name_reservation (application_number, state_code, name_key, society_name,
          status, held, reserved_at) values (?, ?, ?, ?, ?, ?, ?)""", applicationNumber, stateCode,
        key, name, OPEN, HELD, now()));
  }

  /** The application now goes by another name: it holds the new one and gives up the old. */
  void rename(String applicationNumber, String stateCode, String name) {
    refuseClash(stateCode, name, applicationNumber);
    String key = SocietyName.key(name);
    releaseLapsedHold(stateCode, key);
    int moved = holding(() -> jdbc.update("""
        update society_name_reservation set name_key = ?, society_name = ?
        where application_number = ? and held = ?""", key, name, applicationNumber, HELD));
    if (moved == 0) {
      // filed before names were reserved: it takes its reservation now
      hold(applicationNumber, stateCode, name);
    }
  }

  /** The society is registered: the name is its own from now on. */
  void registered(String applicationNumber, String registrationNumber) {
    jdbc.update("""
        update society_name_reservation set status = ?, registration_number = ?, held_until = null
        where application_number = ? and held = ?""", REGISTERED, registrationNumber, applicationNumber, HELD);
  }

  /**
   * The case ended without registering the society: its name is held until the last day an
   * appeal may be filed, or, with nothing left to appeal (withdrawn, refusal confirmed on appeal),
   * released now. A registered society keeps its name.
   */
  void closed(String applicationNumber, LocalDate appealableUntil) {
    if (appealableUntil != null) {
      jdbc.update("""
          update society_name_reservation set status = ?, held_until = ?
          where application_number = ? and held = ? and status <> ?""", REFUSED, Date.valueOf(appealableUntil),
          applicationNumber, HELD, REGISTERED);
    } else {
      jdbc.update("""
          update society_name_reservation set status = ?, held = null, held_until = null, released_at = ?
          where application_number = ? and held = ? and status <> ?""", RELEASED, now(), applicationNumber,
          HELD, REGISTERED);
    }
  }

  /** An appeal against the refusal was admitted: the application is under consideration again. */
  void reopened(String applicationNumber) {
    jdbc.update("""
        update society_name_reservation set status = ?, held_until = null
        where application_number = ? and held = ? and status = ?""", OPEN, applicationNumber, HELD, REFUSED);
  }

  /**
   * Writes a hold on the name, or refuses the name that another application holds first. The
   * write can wait only on another transaction's hold of the same name (the row is the
   * application's own), so a duplicate key (PostgreSQL, once the other commits) and a lock given
   * up (H2, which retries against the other's uncommitted row until its lock timeout) both say so.
   */
  private static int holding(IntSupplier write) {
    try {
      return write.getAsInt();
    } catch (DuplicateKeyException | TransientDataAccessException e) {
      throw new InvalidInputException(CaseVariables.SOCIETY_NAME, UNDER_CONSIDERATION);
    }
  }

  private void refuseClash(String stateCode, String name, String applicationNumber) {
    clash(stateCode, name, applicationNumber).ifPresent(reason -> {
      throw new InvalidInputException(CaseVariables.SOCIETY_NAME, reason);
    });
  }

  /**
   * A refused application's hold ends with its appeal window, whether or not anything ran that
   * day; its row still holds the key until a new application asks for the name.
   */
  private void releaseLapsedHold(String stateCode, String key) {
    jdbc.update("""
        update society_name_reservation set status = ?, held = null, released_at = ?
        where state_code = ? and name_key = ? and held = ? and status = ? and held_until < ?""",
        RELEASED, now(), stateCode, key, HELD, REFUSED, Date.valueOf(EngineClock.today()));
  }

  private static String registeredSociety(String registrationNumber) {
    return "is the name of the registered society " + registrationNumber + COMPARED;
  }

  private static Timestamp now() {
    return new Timestamp(EngineClock.INSTANCE.millis());
  }
}
