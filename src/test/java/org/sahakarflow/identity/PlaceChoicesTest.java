package org.sahakarflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The forms as shipped already offer exactly the places of the reference files, so that deploying
 * them with the shipped places changes nothing. When a file changes, the test writes each form as it
 * should be under {@code target/place-choices/}, to copy over {@code forms/}.
 */
class PlaceChoicesTest {

  private final PlaceChoices choices = new PlaceChoices(new Places());

  @Test
  void theFormsOfferEveryStateAndEveryDistrictOnRecord() throws IOException {
    List<String> stale = new ArrayList<>();
    int asking = 0;
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(f -> f.toString().endsWith(".form")).sorted().toList()) {
        String shipped = Files.readString(form);
        asking += PlaceChoices.asksForAPlace(shipped) ? 1 : 0;
        String wanted = choices.rewrite("forms/" + form.getFileName(), shipped);
        if (!wanted.equals(shipped)) {
          Path rewritten = Path.of("target/place-choices", form.getFileName().toString());
          Files.createDirectories(rewritten.getParent());
          Files.writeString(rewritten, wanted);
          stale.add(form + " (as it should be: " + rewritten + ")");
        }
      }
    }
    assertThat(asking).as("forms asking for a State or district").isGreaterThanOrEqualTo(4);
    assertThat(stale).as("forms whose places differ from reference/states.csv and districts.csv").isEmpty();
  }

  @Test
  void aDistrictAddedIsOfferedWhereCasesAreFiledAndNowhereElseChanges() throws IOException {
    Places places = new Places();
    places.take(List.of(new Places.District("KL-NEW", "KL", "Newdistrict", null, null)));
    PlaceChoices withIt = new PlaceChoices(places);
    String form = Files.readString(Path.of("forms/registration-application.form"));

    assertThat(withIt.rewrite("forms/registration-application.form", form))
        .contains("\"value\" : \"KL-NEW\"", "Newdistrict (KL)");
    String noPlaces = Files.readString(Path.of("forms/answer-query.form"));
    assertThat(withIt.rewrite("forms/answer-query.form", noPlaces)).isSameAs(noPlaces);
  }
}
