package org.sahakarflow.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** States/UTs (each a tenant) and districts, read from the reference files shipped with the app. */
@Component
public class Places {

  private final Map<String, State> states;
  private final Map<String, District> districts;

  public Places() {
    this.states = new LinkedHashMap<>();
    for (String[] row : read("reference/states.csv")) {
      states.put(row[0], new State(row[0], row[1], row[2]));
    }
    this.districts = new LinkedHashMap<>();
    for (String[] row : read("reference/districts.csv")) {
      if (!states.containsKey(row[1])) {
        throw new IllegalStateException("district " + row[0] + " names unknown State " + row[1]);
      }
      districts.put(row[0], new District(row[0], row[1], row[2]));
    }
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

  public Optional<District> district(String code) {
    return Optional.ofNullable(code).map(districts::get);
  }

  /** True when the district exists and lies in the given State. */
  public boolean isDistrictOf(String districtCode, String stateCode) {
    return district(districtCode).map(d -> d.stateCode().equals(stateCode)).orElse(false);
  }

  static List<String[]> read(String path) {
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8))) {
      List<String[]> rows = new ArrayList<>();
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          rows.add(line.split(",", -1));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  public record State(String code, String name, String hindiName) {
  }

  public record District(String code, String stateCode, String name) {
  }
}
