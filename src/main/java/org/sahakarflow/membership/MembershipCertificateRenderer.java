package org.sahakarflow.membership;

import static org.sahakarflow.system.CertificateFonts.Style.BOLD;
import static org.sahakarflow.system.CertificateFonts.Style.REGULAR;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.sahakarflow.system.CertificateFonts;
import org.sahakarflow.system.CertificatePage;

/**
 * Draws the membership certificate on one A4 page, in English, in the standard PDF fonts like the
 * amendment certificate ({@link CertificateFonts}: Latin and Devanagari script).
 */
class MembershipCertificateRenderer {

  static final String TITLE = "Certificate of Membership";
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
  private static final float SIZE = 11;
  private static final float LEADING = 1.5f;

  byte[] render(Certificate c) {
    return CertificatePage.render(TITLE + " " + c.membershipNumber(), LEADING, page -> draw(page, c));
  }

  private static void draw(CertificatePage page, Certificate c) throws IOException {
    page.border();
    page.line(BOLD, 18, c.nationalSocietyName());
    page.line(REGULAR, SIZE, "a multi-State cooperative society under the Multi-State Co-operative Societies Act, 2002");
    page.gap(18);
    page.line(BOLD, 16, TITLE);
    page.gap(6);
    page.line(REGULAR, SIZE, "This is to certify that");
    page.line(BOLD, 14, c.societyName());
    page.line(REGULAR, SIZE, "registration number " + c.registrationNumber() + ", " + c.districtName()
        + ", " + c.stateName() + ",");
    page.line(REGULAR, SIZE, "is admitted as a member of " + c.nationalSocietyName() + ".");
    page.gap(12);
    page.line(REGULAR, SIZE, "Membership number: " + c.membershipNumber());
    page.line(REGULAR, SIZE, "Date of admission: " + DATE.format(c.admittedOn()));
    page.line(REGULAR, SIZE, c.payment());
    page.line(REGULAR, SIZE, "Application: " + c.applicationNumber());
    page.gap(12);
    page.line(REGULAR, SIZE, "For the Board: " + c.signatoryName());
  }

  /** @param payment e.g. "Share money paid: 5 shares, Rs. 5,000" */
  record Certificate(String nationalSocietyName, String societyName, String registrationNumber,
      String districtName, String stateName, String membershipNumber, LocalDate admittedOn,
      String payment, String applicationNumber, String signatoryName) {
  }
}
