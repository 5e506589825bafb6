package org.sahakarflow.society;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the register of societies (table {@code society}, written by registration and by the
 * import) and who acts for each society. Public: the bye-law feature starts its cases from it.
 */
@Component
public class Societies {

  private final JdbcTemplate jdbc;

  Societies(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Society> find(String registrationNumber) {
    return jdbc.query("""
        select registration_number, name, society_type, state_code, district_code, registered_on,
               bye_law_version, adopted_activities, model_bye_laws_adopted_on
        from society where registration_number = ?""", Societies::society, registrationNumber)
        .stream().findFirst();
  }

  /**
   * The registration number of a society of the State registered under the name key
   * ({@link SocietyName#key}), imported ones included; the earliest if the old register has two.
   */
  public Optional<String> registeredUnder(String stateCode, String nameKey) {
    return jdbc.queryForList("""
        select registration_number from society where state_code = ? and name_key = ?
        order by registered_on, registration_number""", String.class, stateCode, nameKey)
        .stream().findFirst();
  }

  /**
   * The users who act for the society: those named for it (import, administration) and the
   * applicant of the case that registered it through Sahakar Flow (its chief promoter).
   */
  public List<String> secretaries(String registrationNumber) {
    List<String> users = new ArrayList<>(jdbc.queryForList(
        "select user_id from society_secretary where registration_number = ? order by user_id",
        String.class, registrationNumber));
    jdbc.queryForList("""
        select a.applicant_id from society s
        join application_register a on a.application_number = s.application_number
        where s.registration_number = ? and a.applicant_id is not null""", String.class,
        registrationNumber).stream().filter(u -> !users.contains(u)).forEach(users::add);
    return users;
  }

  public boolean isSecretary(String userId, String registrationNumber) {
    return userId != null && secretaries(registrationNumber).contains(userId);
  }

  /** Records that the society's bye-laws now follow the Model Bye-laws, with these activities. */
  public void recordModelByeLaws(String registrationNumber, String byeLawVersion,
      List<String> activities, LocalDate adoptedOn) {
    int updated = jdbc.update("""
        update society set bye_law_version = ?, adopted_activities = ?, model_bye_laws_adopted_on = ?
        where registration_number = ?""", byeLawVersion, String.join(",", activities),
        Date.valueOf(adoptedOn), registrationNumber);
    if (updated != 1) {
      throw new IllegalStateException("society " + registrationNumber + " is not on record");
    }
  }

  private static Society society(ResultSet row, int index) throws SQLException {
    String activities = row.getString("adopted_activities");
    return new Society(row.getString("registration_number"), row.getString("name"),
        row.getString("society_type"), row.getString("state_code"), row.getString("district_code"),
        row.getObject("registered_on", LocalDate.class), row.getString("bye_law_version"),
        activities == null || activities.isBlank() ? List.of() : Arrays.asList(activities.split(",")),
        row.getObject("model_bye_laws_adopted_on", LocalDate.class));
  }

  /** A society on record; {@code modelByeLawsAdoptedOn} is null until it adopts them. */
  public record Society(String registrationNumber, String name, String type, String stateCode,
      String districtCode, LocalDate registeredOn, String byeLawVersion, List<String> adoptedActivities,
      LocalDate modelByeLawsAdoptedOn) {
  }
}
