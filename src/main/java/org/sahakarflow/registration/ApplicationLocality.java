package org.sahakarflow.registration;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sahakarflow.identity.LocalBodies;
import org.sahakarflow.identity.Places;
import org.sahakarflow.society.SocietyName;
import org.sahakarflow.system.InvalidInputException.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * The block and gram panchayat an application names, held to its district's lists where the
 * district has them ({@link LocalBodies}): a name is matched as a registrar reads it, whatever its
 * case, spacing or punctuation, and kept as the list writes it. Where the district has no list the
 * name is kept as typed.
 */
@Component
class ApplicationLocality {

  /** Beyond this many, a refusal points to the list rather than recite it. */
  private static final int LISTED = 60;

  private final LocalBodies localBodies;
  private final Places places;

  ApplicationLocality(LocalBodies localBodies, Places places) {
    this.localBodies = localBodies;
    this.places = places;
  }

  /** Adds a problem for a block or panchayat not on the district's list; the district is on record. */
  void check(String districtCode, String block, String gramPanchayat, List<FieldProblem> problems) {
    String districtName = places.district(districtCode).map(Places.District::name).orElse(districtCode);
    List<LocalBodies.Block> blocks = localBodies.blocks(districtCode);
    Optional<LocalBodies.Block> onList = block(blocks, block);
    if (!blocks.isEmpty() && onList.isEmpty()) {
      problems.add(new FieldProblem("block", "is not a block of " + districtName + " on record; "
          + listed("its blocks are", blocks.stream().map(LocalBodies.Block::name).toList())));
    }
    List<LocalBodies.GramPanchayat> panchayats = panchayatsOf(districtCode, onList);
    if (!localBodies.gramPanchayats(districtCode).isEmpty() && panchayat(panchayats, gramPanchayat).isEmpty()) {
      String where = onList.map(b -> "block " + b.name()).orElse(districtName);
      problems.add(new FieldProblem("gramPanchayat", "is not a gram panchayat of " + where + " on record; "
          + listed("its gram panchayats are", panchayats.stream().map(LocalBodies.GramPanchayat::name).toList())));
    }
  }

  /** The block and panchayat as on record, or as typed where the district has no list. */
  Locality of(String districtCode, String block, String gramPanchayat) {
    Optional<LocalBodies.Block> onList = block(localBodies.blocks(districtCode), block);
    Optional<LocalBodies.GramPanchayat> panchayat = panchayat(panchayatsOf(districtCode, onList), gramPanchayat);
    String panchayatName = panchayat.map(LocalBodies.GramPanchayat::name).orElse(gramPanchayat == null ? null
        : gramPanchayat.strip());
    return new Locality(onList.map(LocalBodies.Block::name).orElse(block == null ? null : block.strip()),
        panchayatName, panchayat.map(LocalBodies.GramPanchayat::lgdCode).orElse(null), SocietyName.key(panchayatName));
  }

  private List<LocalBodies.GramPanchayat> panchayatsOf(String districtCode, Optional<LocalBodies.Block> block) {
    return localBodies.gramPanchayats(districtCode).stream()
        .filter(p -> block.isEmpty() || p.block() == null || p.block().equals(block.get().name())).toList();
  }

  private static Optional<LocalBodies.Block> block(List<LocalBodies.Block> blocks, String typed) {
    String key = SocietyName.key(typed);
    return key.isEmpty() ? Optional.empty()
        : blocks.stream().filter(b -> SocietyName.key(b.name()).equals(key)).findFirst();
  }

  private static Optional<LocalBodies.GramPanchayat> panchayat(List<LocalBodies.GramPanchayat> panchayats, String typed) {
    String key = SocietyName.key(typed);
    return key.isEmpty() ? Optional.empty()
        : panchayats.stream().filter(p -> SocietyName.key(p.name()).equals(key)).findFirst();
  }

  private static String listed(String what, List<String> names) {
    return names.size() <= LISTED ? what + " " + names.stream().collect(Collectors.joining(", "))
        : names.size() + " are on record for the district";
  }

  /**
   * Where the society will work, as the case keeps it.
   *
   * @param gramPanchayatLgdCode null where the district has no list, or the list no code
   * @param gramPanchayatKey the panchayat's name as names are compared ({@link SocietyName#key})
   */
  record Locality(String block, String gramPanchayat, Integer gramPanchayatLgdCode, String gramPanchayatKey) {
  }
}
