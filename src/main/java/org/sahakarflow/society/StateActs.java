package org.sahakarflow.society;

import java.util.HashMap;
import java.util.Map;
import org.sahakarflow.identity.Places;
import org.sahakarflow.system.CsvRows;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The Act each registrar registers under, from {@code reference/acts.csv}, worded as a certificate
 * cites it. Sections appear only where the data file gives them; a certificate never guesses one.
 */
@Component
public class StateActs {

  private final Places places;
  private final Map<String, Act> acts = new HashMap<>();

  public StateActs(Places places) {
    this.places = places;
    Resource file = new ClassPathResource("reference/acts.csv");
    for (CsvRows.Row row : CsvRows.reference(file, 5)) {
      if (places.state(row.cell(0)).isEmpty()) {
        throw CsvRows.invalid(file, row, "unknown State " + row.cell(0));
      }
      if (acts.put(row.cell(0), new Act(row.cell(1), row.cell(2), row.cell(3))) != null) {
        throw CsvRows.invalid(file, row, "State " + row.cell(0) + " is given twice");
      }
    }
  }

  /** "section 9 of the Maharashtra Co-operative Societies Act, 1960", or the Act alone. */
  public String registeredUnder(String stateCode) {
    return cite(stateCode, act(stateCode).registrationSection());
  }

  /** The same for the registration of an amendment of bye-laws. */
  public String amendedUnder(String stateCode) {
    return cite(stateCode, act(stateCode).amendmentSection());
  }

  private String cite(String stateCode, String section) {
    String title = act(stateCode).title();
    String act = title.isEmpty() ? "the Co-operative Societies Act in force in "
        + places.state(stateCode).map(Places.State::name).orElse(stateCode) : "the " + title;
    return section.isEmpty() ? act : "section " + section + " of " + act;
  }

  private Act act(String stateCode) {
    return acts.getOrDefault(stateCode, new Act("", "", ""));
  }

  private record Act(String title, String registrationSection, String amendmentSection) {
  }
}
