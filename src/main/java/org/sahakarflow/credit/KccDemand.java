package org.sahakarflow.credit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Member-wise Kisan Credit Card demand, one member a line: {@code name; crop; hectares; scale of
 * finance in rupees per hectare}. Each member's limit is the crop loan (scale × area) plus 10 % of
 * it for post-harvest and household needs plus 20 % of it for farm-asset maintenance, i.e. 130 %
 * of the crop loan, rounded to the rupee; the society's demand is the sum of the members'.
 */
final class KccDemand {

  static final int MAX_MEMBERS = 2000;
  private static final BigDecimal POST_HARVEST = new BigDecimal("0.10");
  private static final BigDecimal ASSET_MAINTENANCE = new BigDecimal("0.20");
  private static final BigDecimal MAX_HECTARES = new BigDecimal("100");

  record Member(String name, String crop, BigDecimal hectares, long scalePerHectare, long cropLoan,
      long postHarvest, long assetMaintenance, long limit) {
  }

  record Demand(List<Member> members, long total) {
  }

  private KccDemand() {
  }

  /** @throws IllegalArgumentException naming the first bad line and what is wrong with it */
  static Demand parse(String text) {
    List<Member> members = new ArrayList<>();
    long total = 0;
    String[] lines = text == null ? new String[0] : text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].trim();
      if (line.isEmpty()) {
        continue;
      }
      Member member = member(line, i + 1);
      members.add(member);
      total = Math.addExact(total, member.limit());
    }
    if (members.isEmpty()) {
      throw new IllegalArgumentException("enter at least one member: name; crop; hectares; scale of finance per hectare");
    }
    if (members.size() > MAX_MEMBERS) {
      throw new IllegalArgumentException("at most " + MAX_MEMBERS + " members in one demand");
    }
    return new Demand(List.copyOf(members), total);
  }

  static Member member(String line, int number) {
    String[] parts = line.split(";");
    if (parts.length != 4) {
      throw new IllegalArgumentException("line " + number + ": expected 'name; crop; hectares; scale per hectare', got '" + line + "'");
    }
    String name = parts[0].trim();
    String crop = parts[1].trim();
    if (name.isEmpty() || crop.isEmpty() || name.length() > 100 || crop.length() > 60) {
      throw new IllegalArgumentException("line " + number + ": the member's name and crop are required (at most 100 and 60 characters)");
    }
    BigDecimal hectares;
    long scale;
    try {
      hectares = new BigDecimal(parts[2].trim());
      scale = Long.parseLong(parts[3].trim().replace(",", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("line " + number + ": hectares must be a number (e.g. 1.25) and the scale whole rupees");
    }
    if (hectares.signum() <= 0 || hectares.compareTo(MAX_HECTARES) > 0 || hectares.scale() > 2) {
      throw new IllegalArgumentException("line " + number + ": hectares must be above 0 and at most 100, to two decimals");
    }
    if (scale <= 0 || scale > 1_000_000) {
      throw new IllegalArgumentException("line " + number + ": the scale of finance must be between 1 and 10,00,000 rupees a hectare");
    }
    BigDecimal cropLoan = hectares.multiply(BigDecimal.valueOf(scale));
    long crop0 = rupees(cropLoan);
    long postHarvest = rupees(cropLoan.multiply(POST_HARVEST));
    long assets = rupees(cropLoan.multiply(ASSET_MAINTENANCE));
    return new Member(name, crop, hectares, scale, crop0, postHarvest, assets, crop0 + postHarvest + assets);
  }

  private static long rupees(BigDecimal amount) {
    return amount.setScale(0, RoundingMode.HALF_UP).longValueExact();
  }
}
