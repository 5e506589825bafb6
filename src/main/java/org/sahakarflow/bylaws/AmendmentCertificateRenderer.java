package org.sahakarflow.bylaws;

import static org.sahakarflow.system.CertificateFonts.Style.BOLD;
import static org.sahakarflow.system.CertificateFonts.Style.REGULAR;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.sahakarflow.system.CertificateFonts;
import org.sahakarflow.system.CertificatePage;

/**
 * Draws the certificate of registration of a bye-law amendment on one A4 page, in English, in the
 * standard PDF fonts like the registration certificate ({@link CertificateFonts}: Latin and Devanagari script).
 * Its layout is its own: a letter set at the margin, not the registration certificate's centred one.
 */
class AmendmentCertificateRenderer {

  static final String TITLE = "Certificate of Registration of Amendment";
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
  /** In place of an officer: nobody decided within the time the Act gives after the referral. */
  static final String DEEMED = "none - deemed registered under the Act, not decided in time";
  private static final float SIZE = 11;
  private static final float LEADING = 1.5f;

  byte[] render(Certificate c) {
    return CertificatePage.render(TITLE + " " + c.caseNumber(), LEADING, page -> draw(page, c));
  }

  private static void draw(CertificatePage page, Certificate c) throws IOException {
    page.border();
    page.line(BOLD, 18, TITLE);
    page.line(REGULAR, SIZE, "under " + c.amendedUnder());
    page.gap(18);
    page.line(REGULAR, SIZE, "The amendment of the bye-laws of");
    page.line(BOLD, 14, c.societyName());
    page.line(REGULAR, SIZE, "registration number " + c.registrationNumber() + ", " + c.districtName()
        + ", adopting the " + c.byeLawVersion() + ", is registered.");
    page.gap(12);
    page.line(REGULAR, SIZE, "Amendment case: " + c.caseNumber());
    page.line(REGULAR, SIZE, c.meetingDate() != null
        ? "Resolution of the general meeting held on " + DATE.format(c.meetingDate())
        : "Registered by the Registrar, the society not having adopted the amendment he directed");
    page.line(REGULAR, SIZE, "Date of registration of the amendment: " + DATE.format(c.registeredOn()));
    page.line(REGULAR, SIZE, "Registering officer: " + (c.officerName() != null ? c.officerName() : DEEMED));
    if (c.officerName() != null && c.officerDesignation() != null) {
      page.line(REGULAR, SIZE, "Designation: " + c.officerDesignation());
    }
    page.gap(12);
    page.line(BOLD, SIZE, "Activities the society may take up:");
    for (String activity : c.activities()) {
      page.line(REGULAR, SIZE, "- " + activity.replace('_', ' ').toLowerCase(Locale.ENGLISH), 12);
    }
  }

  /**
   * @param amendedUnder the Act, and its section where known ({@code StateActs})
   * @param meetingDate null for an amendment the Registrar registered on a direction
   * @param officerName null for a deemed registration
   * @param officerDesignation the office the officer decided in; null when deemed or not known
   */
  record Certificate(String amendedUnder, String societyName, String registrationNumber,
      String districtName, String caseNumber, String byeLawVersion, LocalDate meetingDate,
      LocalDate registeredOn, String officerName, String officerDesignation, List<String> activities) {
  }
}
