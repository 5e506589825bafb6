package org.sahakarflow.registration;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sahakarflow.identity.Groups;
import org.sahakarflow.identity.Places;

/**
 * The office behind a candidate group, as an applicant reads it in English and Hindi ("Registrar's
 * office, Udaipur"), never a group id and never an officer's name.
 */
final class Offices {

  record Office(String english, String hindi) {
  }

  static final Office APPLICANT = new Office("You (the applicant)", "आप (आवेदक)");
  private static final Office UNKNOWN = new Office("The office handling it", "संबंधित कार्यालय");

  private final Places places;

  Offices(Places places) {
    this.places = places;
  }

  /** @param candidateGroups comma-separated, as the read model keeps them (an escalation adds the State's office) */
  Office of(String candidateGroups) {
    if (candidateGroups == null || candidateGroups.isBlank()) {
      return UNKNOWN;
    }
    Set<Office> offices = Arrays.stream(candidateGroups.split(",")).map(String::strip).map(this::office)
        .collect(Collectors.toCollection(LinkedHashSet::new));
    return new Office(join(offices, Office::english), join(offices, Office::hindi));
  }

  private static String join(Set<Office> offices, Function<Office, String> language) {
    return offices.stream().map(language).collect(Collectors.joining("; "));
  }

  private Office office(String group) {
    int colon = group.indexOf(':');
    if (colon < 0) {
      return UNKNOWN;
    }
    Groups.Role role;
    try {
      role = Groups.Role.ofPrefix(group.substring(0, colon));
    } catch (IllegalArgumentException notARoutedRole) {
      return UNKNOWN;
    }
    String code = group.substring(colon + 1);
    String place = place(role, code, false);
    String placeHindi = place(role, code, true);
    return switch (role) {
      case RCS_DISTRICT -> new Office("Registrar's office, " + place, "रजिस्ट्रार कार्यालय, " + placeHindi);
      case RCS_STATE -> new Office("Registrar of Co-operative Societies, " + place,
          "सहकारी समितियों के रजिस्ट्रार, " + placeHindi);
      case INSPECTOR -> new Office("Co-operative inspector, " + place, "सहकारी निरीक्षक, " + placeHindi);
      case DCCB -> new Office("District Central Co-operative Bank, " + place, "ज़िला केंद्रीय सहकारी बैंक, " + placeHindi);
      case DCCB_HEAD_OFFICE -> new Office("District Central Co-operative Bank head office, " + place,
          "ज़िला केंद्रीय सहकारी बैंक मुख्यालय, " + placeHindi);
      case NABARD -> new Office("NABARD, " + place, "नाबार्ड, " + placeHindi);
      case NABARD_REGIONAL_OFFICE -> new Office("NABARD regional office, " + place, "नाबार्ड क्षेत्रीय कार्यालय, " + placeHindi);
      case MILK_UNION -> new Office("District milk union, " + place, "ज़िला दुग्ध संघ, " + placeHindi);
      case FISHERIES -> new Office("Fisheries department, " + place, "मत्स्य विभाग, " + placeHindi);
      case DAIRY_REGISTRAR -> new Office("Dairy development officer, " + place, "डेयरी विकास अधिकारी, " + placeHindi);
      case FISHERIES_REGISTRAR -> new Office("District fisheries officer, " + place, "ज़िला मत्स्य अधिकारी, " + placeHindi);
      case NATIONAL -> new Office(code, code);
    };
  }

  private String place(Groups.Role role, String code, boolean hindi) {
    return switch (role.scope()) {
      case DISTRICT -> places.district(code).map(d -> hindi ? d.nameInHindi() : d.name()).orElse(code);
      case STATE -> places.state(code).map(s -> hindi ? s.nameInHindi() : s.name()).orElse(code);
      case NATIONAL_SOCIETY -> code;
    };
  }
}
