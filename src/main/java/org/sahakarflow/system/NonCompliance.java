package org.sahakarflow.system;

/** The one wording of a refusal for an unanswered query, whichever registrar's order it is. */
public final class NonCompliance {

  private NonCompliance() {
  }

  public static String reasons(Object query) {
    return "Refused for non-compliance: the registrar's query was not answered within the reply window"
        + (query != null ? " (query: " + query + ")" : "") + ".";
  }
}
