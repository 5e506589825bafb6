package org.sahakarflow.society;

/** The kinds of new society the formation drive registers, each with its own process. */
public enum SocietyType {
  MPACS("mpacs-registration"),
  DAIRY("dairy-registration"),
  FISHERIES("fisheries-registration");

  private final String processKey;

  SocietyType(String processKey) {
    this.processKey = processKey;
  }

  public String processKey() {
    return processKey;
  }

  public static SocietyType ofProcessKey(String processKey) {
    for (SocietyType type : values()) {
      if (type.processKey.equals(processKey)) {
        return type;
      }
    }
    throw new IllegalArgumentException("no society type registers through " + processKey);
  }
}
