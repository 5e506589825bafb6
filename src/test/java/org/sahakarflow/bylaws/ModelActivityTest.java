package org.sahakarflow.bylaws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

class ModelActivityTest {

  @Test
  void aChecklistArrivesAsJsonAsItsTextOrAsAList() {
    assertThat(ModelActivity.parse(Spin.JSON("[\"DAIRY\", \"GODOWN\"]"))).containsExactly("DAIRY", "GODOWN");
    assertThat(ModelActivity.parse(" [\"DAIRY\",\"GODOWN\",\"DAIRY\"]")).containsExactly("DAIRY", "GODOWN");
    assertThat(ModelActivity.parse("DAIRY, GODOWN")).containsExactly("DAIRY", "GODOWN");
  }

  @Test
  void whatIsNotAListOfKnownActivitiesIsRefused() {
    assertThatThrownBy(() -> ModelActivity.parse("[\"DAIRY\"")).hasMessage("the activities are not a list of activity codes");
    assertThatThrownBy(() -> ModelActivity.parse("[\"DAIRY\", 7]")).hasMessage("'7' is not a Model Bye-law activity");
    assertThatThrownBy(() -> ModelActivity.parse("[\"DAIRY\", \"CASINO\"]")).hasMessage("'CASINO' is not a Model Bye-law activity");
    assertThatThrownBy(() -> ModelActivity.parse("[]")).hasMessage("choose at least one Model Bye-law activity");
  }
}
