package org.sahakarflow.registration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.sahakarflow.society.SocietyName;
import org.sahakarflow.system.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Names on record from before the State's names were reserved, caught up at start-up: societies
 * entered without a name key (the register before V13, an import written by hand) get one, so
 * that they keep their names; applications still open without a reservation take one, oldest
 * first. One whose name another holds is left without and logged: which of two applications
 * filed under one name may keep it is the registrar's to decide.
 */
@Component
class NameRecordsCatchUp {

  private static final Logger log = LoggerFactory.getLogger(NameRecordsCatchUp.class);
  private static final int CHUNK = 500;

  private final JdbcTemplate jdbc;
  private final RuntimeService runtime;
  private final NameReservations names;
  private final TransactionTemplate transactions;

  NameRecordsCatchUp(JdbcTemplate jdbc, RuntimeService runtime, NameReservations names,
      TransactionTemplate transactions) {
    this.jdbc = jdbc;
    this.runtime = runtime;
    this.names = names;
    this.transactions = transactions;
  }

  @EventListener(ApplicationReadyEvent.class)
  void catchUp() {
    keySocieties();
    reserveOpenApplications();
  }

  void keySocieties() {
    List<Object[]> keys = jdbc.query("select registration_number, name from society where name_key is null",
        (row, n) -> new Object[] {SocietyName.key(row.getString("name")), row.getString("registration_number")});
    jdbc.batchUpdate("update society set name_key = ? where registration_number = ?", keys);
    if (!keys.isEmpty()) {
      log.info("{} societies on record keyed by their names", keys.size());
    }
  }

  /**
   * Reads the register's applications without a reservation first, then asks the engine which of
   * them are still open: a reservation row is never deleted, so these are the few filed before
   * names were reserved or left to the registrar. Reading every open case instead took 9 s of each
   * start at 107,486 open cases (issue #18, docs/benchmarks.md).
   */
  void reserveOpenApplications() {
    List<Map<String, Object>> unreserved = new ArrayList<>(jdbc.queryForList("""
        select application_number, process_instance_id, process_key, state_code, society_name, submitted_at
        from application_register a
        where not exists (select 1 from society_name_reservation r where r.application_number = a.application_number)"""));
    unreserved.removeIf(application -> !NameReservationPlugin.CASES.contains((String) application.get("process_key")));
    List<String> instances = unreserved.stream().map(a -> (String) a.get("process_instance_id")).toList();
    Set<String> open = new HashSet<>();
    for (int from = 0; from < instances.size(); from += CHUNK) {
      runtime.createProcessInstanceQuery()
          .processInstanceIds(new HashSet<>(instances.subList(from, Math.min(from + CHUNK, instances.size()))))
          .list().forEach(instance -> open.add(instance.getId()));
    }
    unreserved.removeIf(application -> !open.contains((String) application.get("process_instance_id")));
    unreserved.sort(Comparator.comparing((Map<String, Object> a) -> (Date) a.get("submitted_at"))
        .thenComparing(a -> (String) a.get("application_number")));
    unreserved.forEach(this::reserve);
  }

  private void reserve(Map<String, Object> application) {
    String number = (String) application.get("application_number");
    try {
      transactions.executeWithoutResult(status -> names.reserve(number,
          (String) application.get("state_code"), (String) application.get("society_name")));
      log.info("{}: name reserved, filed before names were", number);
    } catch (InvalidInputException e) {
      log.warn("{} was filed before names were reserved under \"{}\", which {}: the registrar decides",
          number, application.get("society_name"), e.problems().get(0).reason());
    }
  }
}
