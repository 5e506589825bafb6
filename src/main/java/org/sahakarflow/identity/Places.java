package org.sahakarflow.identity;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.sahakarflow.system.CsvRows.Row;
import org.sahakarflow.system.CsvRows;
import org.sahakarflow.system.ReferenceUploadLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * States/UTs (each a tenant) and districts: the reference files shipped with the app, with the
 * districts an administrator has uploaded since ({@link DistrictUploads}).
 */
@Component
public class Places {

  private final Map<String, State> states;
  /** Replaced whole when districts are added, so a reader never sees half an upload. */
  private volatile Map<String, District> districts;

  /** The shipped files alone. */
  public Places() {
    this.states = new LinkedHashMap<>();
    Resource stateFile = new ClassPathResource("reference/states.csv");
    for (Row row : CsvRows.reference(stateFile, 4)) {
      if (!row.cell(3).equals("state") && !row.cell(3).equals("central")) {
        throw CsvRows.invalid(stateFile, row, "registrar must be 'state' or 'central', not '" + row.cell(3) + "'");
      }
      states.put(row.cell(0), new State(row.cell(0), row.cell(1), row.cell(2), row.cell(3).equals("central")));
    }
    this.districts = new LinkedHashMap<>();
    Resource districtFile = new ClassPathResource("reference/districts.csv");
    for (Row row : CsvRows.reference(districtFile, 5)) {
      if (!states.containsKey(row.cell(1))) {
        throw CsvRows.invalid(districtFile, row, "district " + row.cell(0) + " names unknown State " + row.cell(1));
      }
      if (!row.cell(0).startsWith(row.cell(1) + "-")) {
        throw CsvRows.invalid(districtFile, row, "district code " + row.cell(0) + " must start with its State's, " + row.cell(1) + "-");
      }
      if (districts.put(row.cell(0), new District(row.cell(0), row.cell(1), row.cell(2), lgdCode(districtFile, row),
          row.cell(4).isEmpty() ? null : row.cell(4))) != null) {
        throw CsvRows.invalid(districtFile, row, "district code " + row.cell(0) + " is given twice");
      }
    }
  }

  /** The shipped files with the district uploads on record applied in order. */
  @Autowired
  public Places(ReferenceUploadLog log) {
    this();
    log.contents(DistrictUploads.DATASET).forEach(content -> take(DistrictUploads.rows(this, content)));
  }

  /** Adds the districts not on record and corrects those that are; a district is never taken away. */
  public synchronized void take(Collection<District> uploaded) {
    Map<String, District> next = new LinkedHashMap<>(districts);
    uploaded.forEach(district -> next.put(district.code(), district));
    districts = next;
  }

  public Collection<State> states() {
    return Collections.unmodifiableCollection(states.values());
  }

  public Collection<District> districts() {
    return Collections.unmodifiableCollection(districts.values());
  }

  public Optional<State> state(String code) {
    return Optional.ofNullable(code).map(states::get);
  }

  /** True for a State or UT on record; false for the Central Registrar and for codes not on record. */
  public boolean isStateOrUt(String code) {
    return state(code).map(s -> !s.central()).orElse(false);
  }

  /** The Central Registrar, who registers multi-State societies; absent if the file names none. */
  public Optional<State> centralRegistrar() {
    return states.values().stream().filter(State::central).findFirst();
  }

  /** True for the Central Registrar of multi-State societies ({@code MS}). */
  public boolean isCentralRegistrar(String code) {
    return state(code).map(State::central).orElse(false);
  }

  public Optional<District> district(String code) {
    return Optional.ofNullable(code).map(districts::get);
  }

  /** True when the district exists and lies in the given State. */
  public boolean isDistrictOf(String districtCode, String stateCode) {
    return district(districtCode).map(d -> d.stateCode().equals(stateCode)).orElse(false);
  }

  /**
   * A State or UT, or the Central Registrar: a registrar's jurisdiction, each a tenant.
   *
   * @param central true for the Central Registrar of multi-State societies, who is routed as a
   *     State is but is no place a society or a promoter can be in
   */
  public record State(String code, String name, String hindiName, boolean central) {

    /** The Hindi name, or the English one where none is known. */
    public String nameInHindi() {
      return hindiName == null || hindiName.isBlank() ? name : hindiName;
    }
  }

  /**
   * @param lgdCode the Local Government Directory's code, null where not known
   * @param hindiName null where not known
   */
  public record District(String code, String stateCode, String name, Integer lgdCode, String hindiName) {

    /** The Hindi name, or the English one where none is known. */
    public String nameInHindi() {
      return hindiName == null || hindiName.isBlank() ? name : hindiName;
    }
  }

  private static Integer lgdCode(Resource file, Row row) {
    if (row.cell(3).isEmpty()) {
      return null;
    }
    try {
      return Integer.valueOf(row.cell(3));
    } catch (NumberFormatException e) {
      throw CsvRows.invalid(file, row, "LGD code " + row.cell(3) + " is not a number");
    }
  }
}
