package org.sahakarflow.bylaws;

import java.util.ArrayList;
import java.util.List;
import org.camunda.spin.Spin;
import org.camunda.spin.SpinRuntimeException;
import org.camunda.spin.json.SpinJsonNode;

/**
 * The businesses the Model Bye-laws for PACS (January 2023) let a society take up; the board
 * picks those its amendment adopts. The codes are the values of the board-approval form's
 * checklist and of the society record.
 */
enum ModelActivity {
  SHORT_TERM_CREDIT, LONG_TERM_CREDIT, DAIRY, FISHERY, POULTRY_LIVESTOCK, GODOWN, COLD_STORAGE,
  FERTILISER_SEED, PESTICIDES, LPG_DISTRIBUTION, PETROL_DIESEL_OUTLET, FAIR_PRICE_SHOP,
  COMMON_SERVICE_CENTRE, JAN_AUSHADHI_KENDRA, KISAN_SAMRIDDHI_KENDRA, CUSTOM_HIRING_CENTRE,
  FOOD_PROCESSING, MSP_PROCUREMENT, RURAL_PIPED_WATER, BANK_MITRA_MICRO_ATM, HORTICULTURE,
  BEEKEEPING, RENEWABLE_ENERGY, SEED_PRODUCTION, AGRI_MARKETING, CONSUMER_STORE, WAREHOUSE_RECEIPTS;

  /**
   * The activity codes of a form value: a JSON array (form checklist, as JSON or as its text) or a
   * comma-separated string (API, tests); an unknown code or an empty choice is refused.
   */
  static List<String> parse(Object value) {
    List<String> codes = new ArrayList<>();
    if (value instanceof String text && text.strip().startsWith("[")) {
      value = array(text);
    }
    if (value instanceof SpinJsonNode json && json.isArray()) {
      json.elements().forEach(e -> codes.add(e.isString() ? e.stringValue().trim() : e.toString()));
    } else if (value instanceof String text) {
      for (String code : text.split(",")) {
        if (!code.isBlank()) {
          codes.add(code.trim());
        }
      }
    }
    if (codes.isEmpty()) {
      throw new IllegalArgumentException("choose at least one Model Bye-law activity");
    }
    for (String code : codes) {
      try {
        valueOf(code);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("'" + code + "' is not a Model Bye-law activity");
      }
    }
    return codes.stream().distinct().toList();
  }

  /** A checklist's value sent as JSON text (engine REST's String variable). */
  private static SpinJsonNode array(String text) {
    try {
      return Spin.JSON(text);
    } catch (SpinRuntimeException e) {
      throw new IllegalArgumentException("the activities are not a list of activity codes");
    }
  }
}
