package org.sahakarflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;

/**
 * A block of the district as {@code reference/blocks.csv} ships it, for test applications: a
 * district with blocks on record takes only its own. Girwa for Udaipur, as the tests have always
 * said; a district without blocks keeps it as free text.
 */
public final class TestPlaces {

  private static final Map<String, String> FIRST_BLOCK = firstBlocks();

  private TestPlaces() {
  }

  public static String blockOf(String districtCode) {
    return FIRST_BLOCK.getOrDefault(districtCode, "Girwa");
  }

  private static Map<String, String> firstBlocks() {
    try {
      Map<String, String> first = new LinkedHashMap<>();
      String csv = new ClassPathResource("reference/blocks.csv").getContentAsString(StandardCharsets.UTF_8);
      for (String line : csv.split("\n")) {
        String[] cells = line.split(",", 4);
        if (!line.startsWith("#") && cells.length == 4 && !cells[0].equals("state")) {
          first.putIfAbsent(cells[1], cells[3].replace("\"", "").strip());
        }
      }
      first.put("RJ-UDR", "Girwa");
      return first;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
