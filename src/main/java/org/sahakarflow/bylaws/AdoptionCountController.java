package org.sahakarflow.bylaws;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.sahakarflow.identity.Places;
import org.sahakarflow.identity.StateScope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The adoption count for the ministry (every State) and a State's Registrar (their State only). */
@RestController
class AdoptionCountController {

  private final AdoptionProgress progress;
  private final IdentityService identity;
  private final Places places;

  AdoptionCountController(AdoptionProgress progress, IdentityService identity, Places places) {
    this.progress = progress;
    this.identity = identity;
    this.places = places;
  }

  @GetMapping("/api/insight/bylaw-adoption")
  List<AdoptionProgress.DistrictCount> count(@RequestParam(required = false) String stateCode,
      @RequestParam(required = false) String districtCode) {
    Set<String> states = readableStates();
    if (stateCode != null && !states.contains(stateCode)) {
      throw new AuthorizationException("you may not read the adoption count of " + stateCode);
    }
    if (states.isEmpty()) {
      throw new AuthorizationException("the adoption count is for the ministry and the State Registrars");
    }
    return progress.rows(stateCode != null ? List.of(stateCode) : List.copyOf(states), districtCode);
  }

  private Set<String> readableStates() {
    StateScope scope = StateScope.of(identity.getCurrentAuthentication());
    return places.states().stream().map(Places.State::code).filter(scope::covers).collect(Collectors.toSet());
  }
}
