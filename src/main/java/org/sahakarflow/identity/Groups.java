package org.sahakarflow.identity;

import java.util.List;

/**
 * The one place where candidate-group and routing names are spelled. Districts carry their
 * State in their code ({@code RJ-UDR}), so a district group never needs the State separately.
 */
public final class Groups {

  public static final String ADMIN = "camunda-admin";
  public static final String MINISTRY = "ministry";
  public static final String APPLICANTS = "applicants";

  public static final List<String> NATIONAL_SOCIETIES = List.of("NCEL", "NCOL", "BBSSL");

  private Groups() {
  }

  /** Registering officer (ARCS / DR) of a district. */
  public static String rcsDistrict(String districtCode) {
    return Role.RCS_DISTRICT.group(districtCode);
  }

  /** Registrar's office of a State (Joint Registrar / RCS): escalations, appeals, Cockpit. */
  public static String rcsState(String stateCode) {
    return Role.RCS_STATE.group(stateCode);
  }

  public static String inspector(String districtCode) {
    return Role.INSPECTOR.group(districtCode);
  }

  public static String dccb(String districtCode) {
    return Role.DCCB.group(districtCode);
  }

  public static String nabard(String stateCode) {
    return Role.NABARD.group(stateCode);
  }

  public static String national(String society) {
    return Role.NATIONAL.group(society);
  }

  /** A routed role: the prefix of its group id and whether it is scoped by district or by State. */
  public enum Role {
    RCS_DISTRICT("rcs-district", Scope.DISTRICT),
    RCS_STATE("rcs-state", Scope.STATE),
    INSPECTOR("inspector", Scope.DISTRICT),
    DCCB("dccb", Scope.DISTRICT),
    DCCB_HEAD_OFFICE("dccb-ho", Scope.DISTRICT),
    NABARD("nabard", Scope.STATE),
    NABARD_REGIONAL_OFFICE("nabard-ro", Scope.STATE),
    MILK_UNION("milk-union", Scope.DISTRICT),
    FISHERIES("fisheries", Scope.DISTRICT),
    /** A State's dairy development officer with the Registrar's powers over dairy societies. */
    DAIRY_REGISTRAR("dairy-registrar", Scope.DISTRICT),
    /** A State's fisheries officer with the Registrar's powers over fisheries societies. */
    FISHERIES_REGISTRAR("fisheries-registrar", Scope.DISTRICT),
    NATIONAL("national", Scope.NATIONAL_SOCIETY);

    private final String prefix;
    private final Scope scope;

    Role(String prefix, Scope scope) {
      this.prefix = prefix;
      this.scope = scope;
    }

    public String prefix() {
      return prefix;
    }

    public Scope scope() {
      return scope;
    }

    public String group(String scopeCode) {
      return prefix + ":" + scopeCode;
    }

    public static Role ofPrefix(String prefix) {
      for (Role role : values()) {
        if (role.prefix.equals(prefix)) {
          return role;
        }
      }
      throw new IllegalArgumentException("unknown role '" + prefix + "'");
    }
  }

  public enum Scope { STATE, DISTRICT, NATIONAL_SOCIETY }
}
