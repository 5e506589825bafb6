package org.sahakarflow.society;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sahakarflow.identity.Places;

class StateActsTest {

  final StateActs acts = new StateActs(new Places());

  @Test
  void aCheckedSectionIsCitedWithItsAct() {
    assertThat(acts.registeredUnder("MH")).isEqualTo("section 9 of the Maharashtra Co-operative Societies Act, 1960");
    assertThat(acts.amendedUnder("MH")).isEqualTo("section 13 of the Maharashtra Co-operative Societies Act, 1960");
    assertThat(acts.registeredUnder("MS")).isEqualTo("section 7 of the Multi-State Co-operative Societies Act, 2002");
  }

  @Test
  void withoutACheckedSectionTheActAloneIsCited() {
    assertThat(acts.registeredUnder("RJ")).isEqualTo("the Rajasthan Co-operative Societies Act, 2001");
    assertThat(acts.amendedUnder("DL")).isEqualTo("the Delhi Co-operative Societies Act, 2003");
  }

  @Test
  void aStateWithoutItsActOnRecordIsNotGivenAGuessedTitle() {
    assertThat(acts.registeredUnder("JH")).isEqualTo("the Co-operative Societies Act in force in Jharkhand");
  }

  @Test
  void everyRegistrarCitesAnActOrARegulation() {
    new Places().states().forEach(state -> assertThat(acts.registeredUnder(state.code())).as(state.code())
        .containsAnyOf(" Act", " Regulation"));
  }
}
