package org.sahakarflow.registration;

import java.util.ArrayList;
import java.util.List;
import org.sahakarflow.identity.Places;
import org.sahakarflow.system.InvalidInputException.FieldProblem;

/**
 * Where a multi-State society's application must go and what it must say: filed with the Central
 * Registrar, naming at least two States it serves (a society whose objects serve members in more
 * than one State, MSCS Act 2002 s.5(1)(a)), its registered office in one of them, and each
 * promoter's State, so that the members from each State can be counted. A State society's
 * application is refused these fields rather than have them silently ignored.
 */
final class MultiStateApplication {

  private MultiStateApplication() {
  }

  static List<FieldProblem> problems(RegistrationRequest request, Places places) {
    List<FieldProblem> problems = new ArrayList<>();
    String central = places.centralRegistrar().map(Places.State::code).orElse(null);
    boolean toCentral = places.isCentralRegistrar(request.stateCode());
    if (!request.multiState()) {
      if (toCentral) {
        problems.add(new FieldProblem("multiState", "must be true: the Central Registrar (" + central
            + ") registers multi-State societies only"));
      }
      stateSocietyProblems(request, problems);
      return problems;
    }
    if (!toCentral) {
      problems.add(new FieldProblem("stateCode", "a multi-State society applies to the Central Registrar, "
          + central + ", not to " + request.stateCode()));
    }
    List<String> area = request.distinctAreaStates();
    if (area.size() < 2) {
      problems.add(new FieldProblem(RegistrationVariables.AREA_STATES,
          "must name at least two States or UTs: a multi-State society serves members in more than one State"));
    }
    for (String state : area) {
      if (!places.isStateOrUt(state)) {
        problems.add(new FieldProblem(RegistrationVariables.AREA_STATES, state + " is not a State or UT on record"));
      }
    }
    String officeState = request.officeStateCode();
    if (officeState == null || officeState.isBlank()) {
      problems.add(new FieldProblem(RegistrationVariables.OFFICE_STATE_CODE,
          "is required: the State of the society's registered office"));
    } else if (!area.contains(officeState)) {
      problems.add(new FieldProblem(RegistrationVariables.OFFICE_STATE_CODE,
          "must be one of the States of the area of operation " + area));
    } else if (!places.isDistrictOf(request.officeDistrictCode(), officeState)) {
      problems.add(new FieldProblem(RegistrationVariables.OFFICE_DISTRICT_CODE, request.officeDistrictCode() == null
          ? "is required: the district of the society's registered office"
          : "is not a district of " + officeState));
    }
    List<RegistrationRequest.Promoter> promoters = request.promoters();
    for (int i = 0; i < promoters.size(); i++) {
      String state = promoters.get(i).stateCode();
      if (state == null || state.isBlank()) {
        problems.add(new FieldProblem("promoters[" + i + "].stateCode",
            "is required for a multi-State society: the State the promoter lives in"));
      } else if (!area.contains(state)) {
        problems.add(new FieldProblem("promoters[" + i + "].stateCode",
            state + " is not a State of the area of operation " + area));
      }
    }
    return problems;
  }

  private static void stateSocietyProblems(RegistrationRequest request, List<FieldProblem> problems) {
    String onlyMultiState = "is for a multi-State society only (multiState: true)";
    if (!request.distinctAreaStates().isEmpty()) {
      problems.add(new FieldProblem(RegistrationVariables.AREA_STATES, onlyMultiState));
    }
    if (request.officeStateCode() != null && !request.officeStateCode().isBlank()) {
      problems.add(new FieldProblem(RegistrationVariables.OFFICE_STATE_CODE, onlyMultiState));
    }
    if (request.officeDistrictCode() != null && !request.officeDistrictCode().isBlank()) {
      problems.add(new FieldProblem(RegistrationVariables.OFFICE_DISTRICT_CODE, onlyMultiState));
    }
    List<RegistrationRequest.Promoter> promoters = request.promoters();
    for (int i = 0; i < promoters.size(); i++) {
      String state = promoters.get(i).stateCode();
      if (state != null && !state.isBlank() && !state.equals(request.stateCode())) {
        problems.add(new FieldProblem("promoters[" + i + "].stateCode",
            "must be the application's State, " + request.stateCode() + ", or left out"));
      }
    }
  }
}
