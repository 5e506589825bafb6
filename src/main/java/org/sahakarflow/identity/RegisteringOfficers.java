package org.sahakarflow.identity;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.sahakarflow.identity.Groups.Role;
import org.sahakarflow.system.CaseVariables;
import org.sahakarflow.system.CsvRows;
import org.sahakarflow.system.ReferenceUploadLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Who registers a society of a type in a State: the Registrar's district officer, or the dairy or
 * fisheries department's officer where the State has made them functional registrars
 * ({@code reference/functional-registrars.csv}, and the uploads on record since). A case keeps the
 * officer it was filed with: the group is fixed in {@value #VARIABLE} when the application is received.
 */
@Component("registeringOfficers")
public class RegisteringOfficers {

  /** The registering officer's group of a case, e.g. {@code dairy-registrar:KL-ALA}. */
  public static final String VARIABLE = "registeringOfficerGroup";
  static final String DATASET = "functional-registrars";
  static final List<String> COLUMNS = List.of("stateCode", "societyType", "registeringOfficer");
  static final Set<Role> OFFICERS = EnumSet.of(Role.RCS_DISTRICT, Role.DAIRY_REGISTRAR, Role.FISHERIES_REGISTRAR);
  static final Set<String> SOCIETY_TYPES = Set.of("MPACS", "DAIRY", "FISHERIES");

  /** "KL/DAIRY" → the officer; replaced whole on an upload. */
  private volatile Map<String, Role> officers;

  /** The shipped file alone. */
  RegisteringOfficers() {
    Map<String, Role> shipped = new HashMap<>();
    Resource file = new ClassPathResource("reference/" + DATASET + ".csv");
    for (CsvRows.Row row : CsvRows.reference(file, COLUMNS.size())) {
      String problem = problem(row.cell(1), row.cell(2));
      if (problem != null) {
        throw CsvRows.invalid(file, row, problem);
      }
      shipped.put(row.cell(0) + '/' + row.cell(1), Role.ofPrefix(row.cell(2)));
    }
    this.officers = Map.copyOf(shipped);
  }

  @Autowired
  RegisteringOfficers(Places places, ReferenceUploadLog log) {
    this();
    log.contents(DATASET).forEach(content -> take(FunctionalRegistrarUploads.rows(places, content)));
  }

  /** The group of the officer who registers a society of the type in the district. */
  public String group(String stateCode, String districtCode, String societyType) {
    return officers.getOrDefault(stateCode + '/' + societyType, Role.RCS_DISTRICT).group(districtCode);
  }

  /**
   * The case's registering officer: the group fixed when it was filed or, before that, the one the
   * reference data names now. Called from the models' candidate-group expressions.
   */
  public String groupOf(VariableScope execution) {
    Object fixed = execution.getVariable(VARIABLE);
    if (fixed != null) {
      return fixed.toString();
    }
    return group((String) execution.getVariable(CaseVariables.STATE_CODE),
        (String) execution.getVariable(CaseVariables.DISTRICT_CODE),
        (String) execution.getVariable(CaseVariables.SOCIETY_TYPE));
  }

  /** Whether any society type of the State is registered by the role's officers, so its groups exist. */
  boolean staffs(String stateCode, Role role) {
    return officers.entrySet().stream()
        .anyMatch(e -> e.getKey().startsWith(stateCode + '/') && e.getValue() == role);
  }

  static boolean isFunctional(Role role) {
    return role == Role.DAIRY_REGISTRAR || role == Role.FISHERIES_REGISTRAR;
  }

  synchronized void take(Map<String, Role> rows) {
    Map<String, Role> next = new HashMap<>(officers);
    next.putAll(rows);
    officers = Map.copyOf(next);
  }

  /** What is wrong with a row's type and officer, or null. */
  static String problem(String societyType, String officer) {
    if (!SOCIETY_TYPES.contains(societyType)) {
      return "societyType: must be MPACS, DAIRY or FISHERIES";
    }
    if (OFFICERS.stream().noneMatch(role -> role.prefix().equals(officer))) {
      return "registeringOfficer: must be rcs-district, dairy-registrar or fisheries-registrar";
    }
    return null;
  }
}
