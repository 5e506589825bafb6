package org.sahakarflow.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sahakarflow.system.CsvRows;
import org.sahakarflow.system.CsvUpload;
import org.sahakarflow.system.ModelDeployer;
import org.sahakarflow.system.ReferenceDataset;
import org.springframework.stereotype.Component;

/**
 * Districts an administrator adds (a State creates one) or corrects (a new LGD code, a Hindi name),
 * in the columns of {@code reference/districts.csv}. A district is never taken away nor moved to
 * another State: cases, groups and registration numbers carry its code. Once taken, the district's
 * groups exist, so its officers can be added in the Admin app and work at once, and the forms are
 * deployed again offering it to new applications.
 */
@Component
class DistrictUploads implements ReferenceDataset {

  static final String DATASET = "districts";
  static final List<String> COLUMNS = List.of("code", "state", "name", "lgdCode", "hindiName");
  private static final Pattern CODE = Pattern.compile("[A-Z]{2}-[A-Z]{3}");

  private final Places places;
  private final IdentityCatalogue catalogue;
  private final ModelDeployer models;

  DistrictUploads(Places places, IdentityCatalogue catalogue, ModelDeployer models) {
    this.places = places;
    this.catalogue = catalogue;
    this.models = models;
  }

  @Override
  public List<String> names() {
    return List.of(DATASET);
  }

  @Override
  public Checked check(String name, String content) {
    List<Places.District> districts = rows(places, content);
    List<String> added = districts.stream().map(Places.District::code).filter(c -> places.district(c).isEmpty())
        .toList();
    List<String> corrected = districts.stream().map(Places.District::code).filter(c -> !added.contains(c)).toList();
    return new Checked(districts.size(), "added " + added + ", corrected " + corrected, () -> {
      places.take(districts);
      catalogue.ensure();
      models.redeploy("districts uploaded: " + added);
    });
  }

  /** The districts a file gives, each checked against those on record; a bad file names every bad row. */
  static List<Places.District> rows(Places places, String content) {
    CsvUpload upload = CsvUpload.of(content, COLUMNS);
    List<Places.District> districts = new ArrayList<>();
    Map<String, Integer> codes = new HashMap<>();
    Map<Integer, String> lgdCodes = new HashMap<>();
    places.districts().stream().filter(d -> d.lgdCode() != null).forEach(d -> lgdCodes.put(d.lgdCode(), d.code()));
    for (CsvRows.Row row : upload.rows()) {
      String code = row.cell(0);
      String state = row.cell(1);
      int before = upload.problems();
      if (places.state(state).isEmpty()) {
        upload.problem(row, "state", state + " is not a State or Union Territory on record");
      }
      if (!CODE.matcher(code).matches() || !code.startsWith(state + "-")) {
        upload.problem(row, "code", "'" + code + "' is not the State's code, '-' and three capital letters ("
            + state + "-ABC)");
      }
      Optional<Places.District> known = places.district(code);
      if (known.isPresent() && !known.get().stateCode().equals(state)) {
        upload.problem(row, "code", code + " is a district of " + known.get().stateCode()
            + " on record; a district never moves, give the new one a new code");
      }
      Integer first = codes.putIfAbsent(code, row.line());
      if (first != null) {
        upload.problem(row, "code", code + " is on line " + first + " too");
      }
      if (row.cell(2).isEmpty() || row.cell(2).length() > 80 || row.cell(2).matches(".*[<>].*")) {
        upload.problem(row, "name", "a name of 1 to 80 characters without < or > is needed");
      }
      Integer lgdCode = null;
      if (!row.cell(3).isEmpty()) {
        try {
          lgdCode = Integer.valueOf(row.cell(3));
          String holder = lgdCodes.get(lgdCode);
          if (lgdCode <= 0) {
            upload.problem(row, "lgdCode", "'" + row.cell(3) + "' is not an LGD code (a positive number)");
          } else if (holder != null && !holder.equals(code)) {
            upload.problem(row, "lgdCode", lgdCode + " is the LGD code of " + holder);
          } else {
            lgdCodes.put(lgdCode, code);
          }
        } catch (NumberFormatException e) {
          upload.problem(row, "lgdCode", "'" + row.cell(3) + "' is not an LGD code (a positive number)");
        }
      }
      if (row.cell(4).length() > 80 || row.cell(4).matches(".*[<>].*")) {
        upload.problem(row, "hindiName", "at most 80 characters, without < or >");
      }
      if (upload.problems() == before) {
        districts.add(new Places.District(code, state, row.cell(2), lgdCode,
            row.cell(4).isEmpty() ? null : row.cell(4)));
      }
    }
    upload.refuseIfBad();
    return districts;
  }
}
