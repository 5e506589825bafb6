package org.sahakarflow.bylaws;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.sahakarflow.identity.Groups;
import org.sahakarflow.identity.Places;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * How many PACS per State and district have adopted the Model Bye-laws, have an amendment in
 * progress, or have not started (no open case; a failed or lapsed case counts as not started).
 * For the ministry (every State) and a State's Registrar (their State only).
 */
@RestController
class AdoptionCountController {

  private final JdbcTemplate jdbc;
  private final IdentityService identity;
  private final Places places;

  AdoptionCountController(JdbcTemplate jdbc, IdentityService identity, Places places) {
    this.jdbc = jdbc;
    this.identity = identity;
    this.places = places;
  }

  @GetMapping("/api/insight/bylaw-adoption")
  List<DistrictCount> count(@RequestParam(required = false) String stateCode,
      @RequestParam(required = false) String districtCode) {
    Set<String> states = readableStates();
    if (stateCode != null && !states.contains(stateCode)) {
      throw new AuthorizationException("you may not read the adoption count of " + stateCode);
    }
    if (states.isEmpty()) {
      throw new AuthorizationException("the adoption count is for the ministry and the State Registrars");
    }
    StringBuilder sql = new StringBuilder("""
        select s.state_code, s.district_code,
          sum(case when s.model_bye_laws_adopted_on is not null then 1 else 0 end) as adopted,
          sum(case when s.model_bye_laws_adopted_on is null and a.registration_number is not null then 1 else 0 end) as in_progress,
          sum(case when s.model_bye_laws_adopted_on is null and a.registration_number is null then 1 else 0 end) as not_started
        from society s
        left join (select distinct registration_number from bylaw_amendment where status = 'OPEN') a
          on a.registration_number = s.registration_number
        where s.society_type = 'MPACS'""");
    List<Object> args = new ArrayList<>();
    List<String> scope = stateCode != null ? List.of(stateCode) : List.copyOf(states);
    sql.append(" and s.state_code in (").append(scope.stream().map(s -> "?").collect(Collectors.joining(","))).append(')');
    args.addAll(scope);
    if (districtCode != null) {
      sql.append(" and s.district_code = ?");
      args.add(districtCode);
    }
    sql.append(" group by s.state_code, s.district_code order by s.state_code, s.district_code");
    return jdbc.query(sql.toString(), (row, i) -> new DistrictCount(row.getString(1), row.getString(2),
        row.getLong(3), row.getLong(4), row.getLong(5)), args.toArray());
  }

  private Set<String> readableStates() {
    Authentication user = identity.getCurrentAuthentication();
    List<String> groups = user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
    Set<String> all = places.states().stream().map(Places.State::code).collect(Collectors.toSet());
    if (groups.contains(Groups.MINISTRY) || groups.contains(Groups.ADMIN)) {
      return all;
    }
    return all.stream().filter(code -> groups.contains(Groups.rcsState(code))).collect(Collectors.toSet());
  }

  record DistrictCount(String stateCode, String districtCode, long adopted, long inProgress, long notStarted) {
  }
}
