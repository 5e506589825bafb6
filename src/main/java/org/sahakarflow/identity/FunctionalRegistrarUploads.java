package org.sahakarflow.identity;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sahakarflow.identity.Groups.Role;
import org.sahakarflow.system.CsvRows;
import org.sahakarflow.system.CsvUpload;
import org.sahakarflow.system.ReferenceDataset;
import org.springframework.stereotype.Component;

/**
 * A State's setting of who registers its dairy and fisheries societies, in the columns of
 * {@code reference/functional-registrars.csv}: each row replaces the officer of its State and type
 * for cases filed from then on. Once taken, the officers' district groups exist for the Admin app.
 */
@Component
class FunctionalRegistrarUploads implements ReferenceDataset {

  private final Places places;
  private final RegisteringOfficers officers;
  private final IdentityCatalogue catalogue;

  FunctionalRegistrarUploads(Places places, RegisteringOfficers officers, IdentityCatalogue catalogue) {
    this.places = places;
    this.officers = officers;
    this.catalogue = catalogue;
  }

  @Override
  public List<String> names() {
    return List.of(RegisteringOfficers.DATASET);
  }

  @Override
  public Checked check(String name, String content) {
    Map<String, Role> rows = rows(places, content);
    return new Checked(rows.size(), rows.keySet().toString(), () -> {
      officers.take(rows);
      catalogue.ensure();
    });
  }

  /** "KL/DAIRY" → the officer, for each row of the file; a bad file names every bad row. */
  static Map<String, Role> rows(Places places, String content) {
    CsvUpload upload = CsvUpload.of(content, RegisteringOfficers.COLUMNS);
    Map<String, Role> rows = new LinkedHashMap<>();
    Map<String, Integer> lines = new HashMap<>();
    for (CsvRows.Row row : upload.rows()) {
      int before = upload.problems();
      if (!places.isStateOrUt(row.cell(0)) && !places.isCentralRegistrar(row.cell(0))) {
        upload.problem(row, "stateCode", row.cell(0) + " is not a State or Union Territory on record");
      }
      String problem = RegisteringOfficers.problem(row.cell(1), row.cell(2));
      if (problem != null) {
        int colon = problem.indexOf(':');
        upload.problem(row, problem.substring(0, colon), problem.substring(colon + 2));
      }
      String key = row.cell(0) + '/' + row.cell(1);
      Integer first = lines.putIfAbsent(key, row.line());
      if (first != null) {
        upload.problem(row, "societyType", row.cell(1) + " for " + row.cell(0) + " is on line " + first + " too");
      }
      if (upload.problems() == before) {
        rows.put(key, Role.ofPrefix(row.cell(2)));
      }
    }
    upload.refuseIfBad();
    return rows;
  }
}
