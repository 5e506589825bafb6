package org.sahakarflow.registration;

import static org.sahakarflow.system.CertificateFonts.Style.BOLD;
import static org.sahakarflow.system.CertificateFonts.Style.ITALIC;
import static org.sahakarflow.system.CertificateFonts.Style.REGULAR;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.GregorianCalendar;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.sahakarflow.society.SocietyType;
import org.sahakarflow.system.CertificateFonts;
import org.sahakarflow.system.CertificatePage;
import org.sahakarflow.system.EngineClock;

/**
 * Draws the certificate of registration on one A4 page, in English, in the standard PDF fonts
 * ({@link CertificateFonts}: Latin and Devanagari script; what they cannot print was refused at entry).
 */
class CertificateRenderer {

  static final String TITLE = "Certificate of Registration";
  static final String DEEMED = "Deemed registered on expiry of the statutory period";
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

  static final String SIGNED = "Digitally signed by the registrar's office: a PDF reader shows who signed it and"
      + " that nothing has changed since. Scan the code to see the register's entry.";

  private static final float BODY_SIZE = 11;
  private static final float QR_SIZE = 90;
  private static final float LEADING = 1.45f;

  byte[] render(Certificate certificate) {
    return CertificatePage.render(TITLE + " " + certificate.registrationNumber(), LEADING,
        page -> draw(page, certificate));
  }

  static String typeName(SocietyType type) {
    return switch (type) {
      case MPACS -> "M-PACS";
      case DAIRY -> "Dairy cooperative society";
      case FISHERIES -> "Fisheries cooperative society";
    };
  }

  private static void draw(CertificatePage page, Certificate c) throws IOException {
    describe(page.information(), c);
    page.border();
    page.innerBorder();
    page.centred(BOLD, 24, TITLE);
    page.centred(REGULAR, 12, "registered under " + c.registeredUnder());
    page.gap(28);
    page.centred(REGULAR, BODY_SIZE, "This is to certify that");
    page.gap(6);
    page.centred(BOLD, 16, c.societyName());
    page.centred(REGULAR, BODY_SIZE, "has been registered as a cooperative society.");
    page.gap(22);
    page.field("Registration number", c.registrationNumber(), BOLD);
    page.field("Date of registration", DATE.format(c.registeredOn()), REGULAR);
    page.field("Type of society", typeName(c.type()), REGULAR);
    page.field("District", c.districtName() + ", " + c.stateName(), REGULAR);
    page.field("Area of operation", c.areaOfOperation() == null ? "-" : c.areaOfOperation(), REGULAR);
    page.field("Registering officer", c.deemed() ? DEEMED : c.officerName(), c.deemed() ? ITALIC : REGULAR);
    if (!c.deemed() && c.officerDesignation() != null) {
      page.field("Designation", c.officerDesignation(), REGULAR);
    }
    page.qr(c.verifyUrl(), QR_SIZE);
    page.foot();
    page.line(REGULAR, 9, "Verification code: " + c.verificationCode());
    page.line(REGULAR, 9, "Verify at " + c.verifyUrl());
    page.line(ITALIC, 9, SIGNED);
  }

  private static void describe(PDDocumentInformation info, Certificate certificate) {
    info.setSubject(certificate.societyName());
    info.setCreator("Sahakar Flow");
    GregorianCalendar issued = new GregorianCalendar();
    issued.setTime(EngineClock.date());
    info.setCreationDate(issued);
  }

  /**
   * What the certificate says.
   *
   * @param registeredUnder the Act, and its section where known ({@code StateActs})
   * @param officerName null when the society is deemed registered
   * @param officerDesignation the office the officer decided in; null when deemed or not known
   */
  record Certificate(String stateName, String registeredUnder, String societyName, SocietyType type,
      String registrationNumber, LocalDate registeredOn, String districtName,
      String areaOfOperation, String officerName, String officerDesignation, boolean deemed,
      String verificationCode, String verifyUrl) {
  }
}
