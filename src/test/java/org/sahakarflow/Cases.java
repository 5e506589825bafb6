package org.sahakarflow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Application payloads for tests: a valid one by default, altered per test. */
public final class Cases {

  private static final AtomicInteger SERIAL = new AtomicInteger();

  private Cases() {
  }

  /** A valid M-PACS application for the district, with distinct households. */
  public static Map<String, Object> mpacsApplication(String stateCode, String districtCode) {
    int serial = SERIAL.incrementAndGet();
    Map<String, Object> body = new HashMap<>();
    body.put("societyType", "MPACS");
    // "Limited" last, as the Acts that require it ask (reference/society-name-suffixes.csv)
    body.put("societyName", "Test Bahuuddeshiya PACS " + serial + " Limited");
    body.put("stateCode", stateCode);
    body.put("districtCode", districtCode);
    body.put("block", TestPlaces.blockOf(districtCode));
    body.put("gramPanchayat", "Kheda " + serial);
    body.put("areaOfOperation", "Kheda and Bhuwana villages");
    body.put("objects", "crop loans, seeds, fertiliser");
    body.put("promoters", promoters(15, serial));
    body.put("shareCapitalSubscribed", 150000);
    body.put("shareCapitalPaid", 150000);
    body.put("dccbAccountNumber", "UDR-00" + serial);
    body.put("creditBalanceCertificateNumber", "CBC/2026/" + serial);
    // enough for every State's fee on record (Assam's 1% of Rs 5,00,000; Uttar Pradesh's Rs 50)
    body.put("authorisedShareCapital", 500000);
    body.put("registrationFeePaid", 5000);
    body.put("feePaymentReference", "CHALLAN/2026/" + serial);
    body.put("modelByeLawsAdopted", true);
    body.put("chiefPromoterEmail", "promoter" + serial + "@example.in");
    body.put("chiefPromoterMobile", "9876543210");
    return body;
  }

  public static List<Map<String, Object>> promoters(int count, int serial) {
    List<Map<String, Object>> promoters = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      promoters.add(new HashMap<>(Map.of("name", "Promoter " + i, "householdId",
          "HH-" + serial + "-" + i, "village", "Kheda", "sharesSubscribed", 10)));
    }
    return promoters;
  }
}
