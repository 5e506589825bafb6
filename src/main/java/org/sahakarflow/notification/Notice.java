package org.sahakarflow.notification;

import java.util.Locale;

/**
 * The notices a process can send. The BPMN names one in the {@code notice} property of a
 * {@code ${sendNotice}} task; its templates are {@code mail/<template name>.<language>.txt}.
 */
enum Notice {
  ACKNOWLEDGEMENT,
  QUERY_RAISED,
  REMINDER,
  ESCALATION,
  DECISION_REGISTERED,
  DECISION_REFUSED,
  // bye-law amendment (bye-law-adoption), addressed to the society's secretary
  BYLAW_DIRECTED,
  BYLAW_MEETING_NOTICE,
  BYLAW_RESOLUTION_FAILED,
  BYLAW_SUBMITTED,
  BYLAW_QUERY,
  BYLAW_REGISTERED,
  BYLAW_REFUSED,
  BYLAW_LAPSED,
  BYLAW_DIRECTION_CLOSED,
  // national cooperative membership (national-coop-membership), addressed to the society's secretary
  NATIONAL_ACKNOWLEDGED,
  NATIONAL_QUERY,
  NATIONAL_LAPSED,
  NATIONAL_ADMITTED,
  NATIONAL_REFUSED,
  NATIONAL_APPEAL_DISMISSED,
  // credit linkage with the DCCB (dccb-credit-linkage), addressed to the society
  CREDIT_ADMITTED,
  CREDIT_SANCTIONED,
  CREDIT_REFUSED,
  CREDIT_QUERY,
  CREDIT_LAPSED,
  CREDIT_REFINANCED,
  CREDIT_REFINANCE_INELIGIBLE;

  /** {@code QUERY_RAISED} → {@code query-raised}. */
  String templateName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static Notice of(Object value) {
    if (value == null) {
      throw new IllegalArgumentException("a send-notice step needs its '"
          + SendNoticeDelegate.NOTICE + "' property");
    }
    try {
      return valueOf(value.toString().trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown notice '" + value + "'", e);
    }
  }
}
