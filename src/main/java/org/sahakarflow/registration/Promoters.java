package org.sahakarflow.registration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.spin.json.SpinJsonNode;

/**
 * The promoters list as a case holds it: Spin JSON from the API, or the JSON text Tasklist's
 * dynamic list submits. Household ids are compared case-insensitively, since clerks type them.
 */
final class Promoters {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<JsonNode> entries;

  private Promoters(List<JsonNode> entries) {
    this.entries = entries;
  }

  static Promoters of(Object variable) {
    List<JsonNode> entries = new ArrayList<>();
    if (variable == null) {
      return new Promoters(entries);
    }
    String text = variable instanceof SpinJsonNode spin ? spin.toString() : variable.toString();
    try {
      JSON.readTree(text).forEach(entries::add);
    } catch (Exception e) {
      throw new IllegalArgumentException("the promoters list is not a JSON array", e);
    }
    return new Promoters(entries);
  }

  /** Each State's promoters' households, for a multi-State society (promoters without a State left out). */
  Map<String, Set<String>> householdsByState() {
    Map<String, Set<String>> byState = new TreeMap<>();
    for (JsonNode promoter : entries) {
      String state = promoter.path("stateCode").asText("").trim();
      String household = promoter.path("householdId").asText("").trim();
      if (!state.isEmpty() && !household.isEmpty()) {
        byState.computeIfAbsent(state, s -> new LinkedHashSet<>()).add(household.toUpperCase(Locale.ROOT));
      }
    }
    return byState;
  }

  Set<String> distinctHouseholds() {
    Set<String> households = new LinkedHashSet<>();
    for (JsonNode promoter : entries) {
      String household = promoter.path("householdId").asText("").trim();
      if (!household.isEmpty()) {
        households.add(household.toUpperCase(Locale.ROOT));
      }
    }
    return households;
  }
}
