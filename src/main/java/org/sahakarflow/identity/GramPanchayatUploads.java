package org.sahakarflow.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sahakarflow.system.CsvRows;
import org.sahakarflow.system.CsvUpload;
import org.sahakarflow.system.ReferenceDataset;
import org.springframework.stereotype.Component;

/**
 * The gram panchayats of districts an administrator uploads (none are shipped: LGD lists some 2.7
 * lakh), one row each: {@code state,district,block,lgdCode,name}. The block is its name or its LGD
 * code as the district's block list has it (empty where the district has no blocks); the LGD code
 * may be empty where not known. A file replaces the whole list of each district it names. Once a
 * district has a list, a new application there must name one of its panchayats.
 */
@Component
class GramPanchayatUploads implements ReferenceDataset {

  static final String DATASET = "gram-panchayats";
  static final List<String> COLUMNS = List.of("state", "district", "block", "lgdCode", "name");
  static final String NAME_RULE = "a name of 1 to 80 characters on one line, without < or >";

  private final Places places;
  private final LocalBodies localBodies;

  GramPanchayatUploads(Places places, LocalBodies localBodies) {
    this.places = places;
    this.localBodies = localBodies;
  }

  @Override
  public List<String> names() {
    return List.of(DATASET);
  }

  @Override
  public Checked check(String name, String content) {
    Map<String, List<LocalBodies.GramPanchayat>> panchayats = rows(places, localBodies, content, true);
    return new Checked(LocalBodies.count(panchayats.values()),
        "replaced the gram panchayats of " + panchayats.keySet(), () -> localBodies.takeGramPanchayats(panchayats));
  }

  /**
   * The gram panchayats a file gives, by district; a bad file names every bad row by line and column.
   *
   * @param blocksAsNow false when an upload on record is replayed: a block renamed by a later
   *     block upload keeps the name the panchayat was filed under, rather than stop the start
   */
  static Map<String, List<LocalBodies.GramPanchayat>> rows(Places places, LocalBodies localBodies, String content,
      boolean blocksAsNow) {
    CsvUpload upload = CsvUpload.of(content, COLUMNS);
    Map<String, List<LocalBodies.GramPanchayat>> panchayats = new LinkedHashMap<>();
    Map<String, Integer> names = new HashMap<>();
    Map<String, Integer> codes = new HashMap<>();
    for (CsvRows.Row row : upload.rows()) {
      String state = row.cell(0);
      String district = row.cell(1);
      int before = upload.problems();
      String block = null;
      if (places.state(state).isEmpty()) {
        upload.problem(row, "state", state + " is not a State or Union Territory on record");
      } else if (!places.isDistrictOf(district, state)) {
        upload.problem(row, "district", "'" + district + "' is not a district of " + state + " on record");
      } else {
        List<LocalBodies.Block> blocks = localBodies.blocks(district);
        if (blocks.isEmpty() && !row.cell(2).isEmpty()) {
          upload.problem(row, "block", district + " has no blocks on record; leave it empty");
        } else if (!blocks.isEmpty()) {
          Optional<LocalBodies.Block> found = blocks.stream().filter(b -> b.name().equalsIgnoreCase(row.cell(2).strip())
              || String.valueOf(b.lgdCode()).equals(row.cell(2).strip())).findFirst();
          if (found.isEmpty() && !blocksAsNow) {
            block = row.cell(2).strip();
          } else if (found.isEmpty()) {
            upload.problem(row, "block", "'" + row.cell(2) + "' is not a block of " + district
                + " on record (its name or LGD code, as the district's block list has it)");
          } else {
            block = found.get().name();
          }
        }
      }
      Integer lgdCode = lgdCode(upload, row, 3, false);
      if (lgdCode != null) {
        Integer first = codes.putIfAbsent(district + "/" + lgdCode, row.line());
        if (first != null) {
          upload.problem(row, "lgdCode", lgdCode + " is on line " + first + " too, in the same district");
        }
      }
      String name = row.cell(4);
      if (!plainName(name)) {
        upload.problem(row, "name", NAME_RULE);
      } else {
        // two panchayats of one name in a district are told apart by their block
        Integer first = names.putIfAbsent(district + "/" + block + "/" + name.strip().toLowerCase(Locale.ROOT), row.line());
        if (first != null) {
          upload.problem(row, "name", "'" + name + "' is on line " + first + " too, in the same block");
        }
      }
      if (upload.problems() == before) {
        panchayats.computeIfAbsent(district, d -> new ArrayList<>())
            .add(new LocalBodies.GramPanchayat(district, block, lgdCode, name.strip()));
      }
    }
    upload.refuseIfBad();
    return panchayats;
  }

  /** A positive LGD code from the column, or null (with a problem noted unless empty and optional). */
  static Integer lgdCode(CsvUpload upload, CsvRows.Row row, int column, boolean required) {
    String cell = row.cell(column).strip();
    if (cell.isEmpty() && !required) {
      return null;
    }
    try {
      int code = Integer.parseInt(cell);
      if (code > 0) {
        return code;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    upload.problem(row, "lgdCode", "'" + cell + "' is not an LGD code (a positive number)"
        + (required ? "" : "; leave it empty where not known"));
    return null;
  }

  static boolean plainName(String name) {
    String stripped = name.strip();
    return !stripped.isEmpty() && stripped.length() <= 80 && !stripped.matches("(?s).*[<>\\p{Cntrl}].*");
  }
}
