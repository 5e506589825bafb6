package org.sahakarflow.security;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Valid engine REST bodies, as Tasklist sends them: a start form or a task form's variables, each
 * {@code {"value": ..., "type": ...}}. {serial} is replaced per call, so each start is its own case.
 */
final class EngineBodies {

  private EngineBodies() {
  }

  /** The M-PACS application form, filed in Udaipur with 25 promoters of distinct households. */
  static final String MPACS_START = start(Map.ofEntries(
      text("societyName", "Kheda Bahuuddeshiya PACS {serial}"), text("stateCode", "RJ"),
      text("districtCode", "RJ-UDR"), text("block", "Girwa"), text("gramPanchayat", "Kheda {serial}"),
      text("areaOfOperation", "Kheda and Bhuwana villages"), text("objects", "crop loans, seeds"),
      Map.entry("promoters", promoters(25)),
      number("shareCapitalSubscribed", 150000), number("shareCapitalPaid", 150000),
      text("dccbAccountNumber", "UDR-00{serial}"), text("creditBalanceCertificateNumber", "CBC/2026/{serial}"),
      Map.entry("modelByeLawsAdopted", "{\"value\":true,\"type\":\"Boolean\"}"),
      text("chiefPromoterEmail", "promoter{serial}@example.in"), text("chiefPromoterMobile", "9876543210")));

  /** A society's start form (bye-law amendment, credit linkage) for {registration}. */
  static final String SOCIETY_START = start(Map.ofEntries(text("registrationNumber", "{registration}"),
      text("stateCode", "RJ"), text("districtCode", "RJ-UDR")));

  /** An application to NCEL for {registration}, the fee paid. */
  static final String NCEL_START = start(Map.ofEntries(text("registrationNumber", "{registration}"),
      text("stateCode", "RJ"), text("districtCode", "RJ-UDR"), text("nationalSociety", "NCEL"),
      text("boardResolutionNumber", "BR/2026/07"), text("boardResolutionDate", "2026-01-10"),
      text("authorisedSignatory", "Kailash Meena, Secretary"), number("amountPaid", 100000),
      text("paymentReference", "UTR{serial}")));

  static final String SCRUTINY = start(Map.ofEntries(text("scrutinyOutcome", "DECIDE"),
      text("scrutinyNote", "Documents in order")));

  static final String VIABILITY_NOTE = start(Map.ofEntries(text("viabilityNote", "Viable: 400 farmers"),
      Map.entry("viable", "{\"value\":true,\"type\":\"Boolean\"}")));

  /** The applicant's three documents, as the embedded upload form sends them. */
  static final String DOCUMENTS = start(Map.ofEntries(file("byeLawsDocument"), file("promoterListDocument"),
      file("bankCertificateDocument")));

  private static String start(Map<String, String> variables) {
    return variables.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(e -> "\"" + e.getKey() + "\":" + e.getValue())
        .collect(Collectors.joining(",", "{\"variables\":{", "}}"));
  }

  /** Promoter rows as the start form sends them: a JSON list, as text, in a {@code Json} variable. */
  static String promoters(int count) {
    String rows = IntStream.rangeClosed(1, count)
        .mapToObj(i -> "{\\\"name\\\":\\\"Promoter " + i + "\\\",\\\"householdId\\\":\\\"HH-{serial}-" + i
            + "\\\",\\\"village\\\":\\\"Kheda\\\",\\\"sharesSubscribed\\\":10}")
        .collect(Collectors.joining(","));
    return "{\"value\":\"[" + rows + "]\",\"type\":\"Json\"}";
  }

  private static Map.Entry<String, String> text(String name, String value) {
    return Map.entry(name, "{\"value\":\"" + value + "\",\"type\":\"String\"}");
  }

  private static Map.Entry<String, String> number(String name, long value) {
    return Map.entry(name, "{\"value\":" + value + ",\"type\":\"Long\"}");
  }

  private static Map.Entry<String, String> file(String name) {
    // "%PDF-1.4 document", base64
    return Map.entry(name, "{\"value\":\"JVBERi0xLjQgZG9jdW1lbnQ=\",\"type\":\"File\",\"valueInfo\":"
        + "{\"filename\":\"" + name + ".pdf\",\"mimeType\":\"application/pdf\"}}");
  }
}
