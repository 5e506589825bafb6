package org.sahakarflow.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sahakarflow.system.CsvRows;
import org.sahakarflow.system.CsvUpload;
import org.sahakarflow.system.ReferenceDataset;
import org.springframework.stereotype.Component;

/**
 * The blocks of districts an administrator uploads, in the columns of {@code reference/blocks.csv}:
 * a file replaces the whole list of each district it names (a block split, merged or renamed in
 * LGD is uploaded with its district's other blocks), and leaves every other district's list as it
 * was. Applications filed before keep the block they named; new ones are held to the new list.
 */
@Component
class BlockUploads implements ReferenceDataset {

  static final String DATASET = "blocks";
  static final List<String> COLUMNS = List.of("state", "district", "lgdCode", "name");

  private final Places places;
  private final LocalBodies localBodies;

  BlockUploads(Places places, LocalBodies localBodies) {
    this.places = places;
    this.localBodies = localBodies;
  }

  @Override
  public List<String> names() {
    return List.of(DATASET);
  }

  @Override
  public Checked check(String name, String content) {
    Map<String, List<LocalBodies.Block>> blocks = rows(places, content);
    return new Checked(LocalBodies.count(blocks.values()), "replaced the blocks of " + blocks.keySet(),
        () -> localBodies.takeBlocks(blocks));
  }

  /** The blocks a file gives, by district; a bad file names every bad row by line and column. */
  static Map<String, List<LocalBodies.Block>> rows(Places places, String content) {
    CsvUpload upload = CsvUpload.of(content, COLUMNS);
    Map<String, List<LocalBodies.Block>> blocks = new LinkedHashMap<>();
    Map<String, Integer> names = new HashMap<>();
    Map<String, Integer> codes = new HashMap<>();
    for (CsvRows.Row row : upload.rows()) {
      String state = row.cell(0);
      String district = row.cell(1);
      int before = upload.problems();
      if (places.state(state).isEmpty()) {
        upload.problem(row, "state", state + " is not a State or Union Territory on record");
      } else if (!places.isDistrictOf(district, state)) {
        upload.problem(row, "district", "'" + district + "' is not a district of " + state + " on record");
      }
      Integer lgdCode = GramPanchayatUploads.lgdCode(upload, row, 2, true);
      if (lgdCode != null) {
        Integer first = codes.putIfAbsent(district + "/" + lgdCode, row.line());
        if (first != null) {
          upload.problem(row, "lgdCode", lgdCode + " is on line " + first + " too, in the same district");
        }
      }
      String name = row.cell(3);
      if (!GramPanchayatUploads.plainName(name)) {
        upload.problem(row, "name", GramPanchayatUploads.NAME_RULE);
      } else {
        Integer first = names.putIfAbsent(district + "/" + name.strip().toLowerCase(Locale.ROOT), row.line());
        if (first != null) {
          upload.problem(row, "name", "'" + name + "' is on line " + first + " too, in the same district");
        }
      }
      if (upload.problems() == before) {
        blocks.computeIfAbsent(district, d -> new ArrayList<>()).add(new LocalBodies.Block(district, lgdCode, name.strip()));
      }
    }
    upload.refuseIfBad();
    return blocks;
  }
}
