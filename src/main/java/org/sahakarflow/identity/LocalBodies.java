package org.sahakarflow.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sahakarflow.system.CsvRows;
import org.sahakarflow.system.CsvRows.Row;
import org.sahakarflow.system.ReferenceUploadLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The blocks and gram panchayats of each district: the blocks shipped in
 * {@code reference/blocks.csv}, with the blocks and gram panchayats an administrator has uploaded
 * since ({@link BlockUploads}, {@link GramPanchayatUploads}). A district has a list or none; where
 * it has none, an application names its block or panchayat in its own words.
 */
@Component
public class LocalBodies {

  /** Replaced whole when a list is uploaded, so a reader never sees half an upload. */
  private volatile Map<String, List<Block>> blocks;
  private volatile Map<String, List<GramPanchayat>> gramPanchayats = Map.of();

  /** The shipped file alone, checked against the districts on record. */
  public LocalBodies(Places places) {
    Resource file = new ClassPathResource("reference/blocks.csv");
    Map<String, List<Block>> shipped = new LinkedHashMap<>();
    for (Row row : CsvRows.reference(file, 4)) {
      if (!places.isDistrictOf(row.cell(1), row.cell(0))) {
        throw CsvRows.invalid(file, row, row.cell(1) + " is not a district of " + row.cell(0) + " on record");
      }
      int lgdCode;
      try {
        lgdCode = Integer.parseInt(row.cell(2));
      } catch (NumberFormatException e) {
        throw CsvRows.invalid(file, row, "LGD code " + row.cell(2) + " is not a number");
      }
      shipped.computeIfAbsent(row.cell(1), d -> new ArrayList<>())
          .add(new Block(row.cell(1), lgdCode, row.cell(3)));
    }
    shipped.replaceAll((district, list) -> List.copyOf(list));
    this.blocks = Map.copyOf(shipped);
  }

  /** The shipped file with the uploads on record applied in order, blocks before panchayats. */
  @Autowired
  public LocalBodies(Places places, ReferenceUploadLog log) {
    this(places);
    log.contents(BlockUploads.DATASET).forEach(content -> takeBlocks(BlockUploads.rows(places, content)));
    log.contents(GramPanchayatUploads.DATASET)
        .forEach(content -> takeGramPanchayats(GramPanchayatUploads.rows(places, this, content, false)));
  }

  /** The district's blocks, in the order given; empty where none are on record. */
  public List<Block> blocks(String districtCode) {
    return districtCode == null ? List.of() : blocks.getOrDefault(districtCode, List.of());
  }

  /** The district's gram panchayats, in the order given; empty where none are on record. */
  public List<GramPanchayat> gramPanchayats(String districtCode) {
    return districtCode == null ? List.of() : gramPanchayats.getOrDefault(districtCode, List.of());
  }

  /** How many districts have blocks on record. */
  public int districtsWithBlocks() {
    return blocks.size();
  }

  /** Replaces the blocks of each district the upload names; other districts keep theirs. */
  synchronized void takeBlocks(Map<String, List<Block>> uploaded) {
    Map<String, List<Block>> next = new LinkedHashMap<>(blocks);
    uploaded.forEach((district, list) -> next.put(district, List.copyOf(list)));
    blocks = Map.copyOf(next);
  }

  /** Replaces the gram panchayats of each district the upload names; other districts keep theirs. */
  synchronized void takeGramPanchayats(Map<String, List<GramPanchayat>> uploaded) {
    Map<String, List<GramPanchayat>> next = new LinkedHashMap<>(gramPanchayats);
    uploaded.forEach((district, list) -> next.put(district, List.copyOf(list)));
    gramPanchayats = Map.copyOf(next);
  }

  static int count(Collection<? extends List<?>> lists) {
    return lists.stream().mapToInt(List::size).sum();
  }

  /** A block (a community development block) as LGD lists it. */
  public record Block(String districtCode, int lgdCode, String name) {
  }

  /**
   * A gram panchayat.
   *
   * @param block the name of its block as on record, null where the district has no blocks
   * @param lgdCode the Local Government Directory's code, null where not known
   */
  public record GramPanchayat(String districtCode, String block, Integer lgdCode, String name) {
  }
}
