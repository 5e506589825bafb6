package org.sahakarflow.bylaws;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How many M-PACS per State and district have adopted the Model Bye-laws, have an amendment in
 * progress, or have not started (no open case; a failed or lapsed case counts as not started).
 * Callers decide which States the reader may see.
 */
@Component
public class AdoptionProgress {

  private final JdbcTemplate jdbc;

  AdoptionProgress(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public record DistrictCount(String stateCode, String districtCode, long adopted, long inProgress, long notStarted) {
  }

  /** @param districtCode null for every district of the States */
  public List<DistrictCount> rows(Collection<String> states, String districtCode) {
    if (states.isEmpty()) {
      return List.of();
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
    List<Object> args = new ArrayList<>(states);
    sql.append(" and s.state_code in (").append(states.stream().map(s -> "?").collect(Collectors.joining(","))).append(')');
    if (districtCode != null) {
      sql.append(" and s.district_code = ?");
      args.add(districtCode);
    }
    sql.append(" group by s.state_code, s.district_code order by s.state_code, s.district_code");
    return jdbc.query(sql.toString(), (row, i) -> new DistrictCount(row.getString(1), row.getString(2),
        row.getLong(3), row.getLong(4), row.getLong(5)), args.toArray());
  }
}
