package org.sahakarflow.registration;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.sahakarflow.society.SocietyType;
import org.springframework.stereotype.Component;

/**
 * What someone who scanned a certificate's QR code sees, in English and Hindi, from
 * {@code templates/registration/verification.mustache}: VALID or NOT VALID in plain words, then the
 * register's entry to compare with the paper. Boot's compiler HTML-escapes every value.
 */
@Component
class VerificationPage {

  static final String VALID = "VALID / मान्य";
  static final String NOT_VALID = "NOT VALID / अमान्य";
  static final String UNCHECKED = "ENTER THE CODE / कोड दर्ज करें";

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  private final Template template;

  VerificationPage(Mustache.Compiler mustache) {
    this.template = mustache.loadTemplate("registration/verification");
  }

  /** No society under the number: whatever the paper says, it is not the register's. */
  String unknown(String registrationNumber, String code) {
    return template.execute(new View(registrationNumber, "invalid", NOT_VALID,
        "No society is registered under this number: the certificate is not genuine, or the number was mistyped.",
        "इस संख्या पर कोई समिति पंजीकृत नहीं है: प्रमाणपत्र असली नहीं है, या संख्या गलत लिखी गई है।",
        null, code == null ? "" : code));
  }

  /** @param code as given, null for none (then the answer's {@code codeMatches} is null too) */
  String registered(SocietyVerificationController.SocietyVerification society, String code) {
    Boolean codeMatches = society.codeMatches();
    Society shown = new Society(society.name(), CertificateRenderer.typeName(SocietyType.valueOf(society.type())),
        society.district(), society.state(),
        date(society.registeredOn()), society.deemed());
    if (codeMatches == null) {
      return template.execute(new View(society.registrationNumber(), "unchecked", UNCHECKED,
          "A society is registered under this number. Enter the verification code printed on the certificate to check it.",
          "इस संख्या पर एक समिति पंजीकृत है। जाँच के लिए प्रमाणपत्र पर छपा सत्यापन कोड दर्ज करें।", shown, ""));
    }
    if (codeMatches) {
      return template.execute(new View(society.registrationNumber(), "valid", VALID,
          "The certificate matches the register: the society below is registered under this number.",
          "प्रमाणपत्र रजिस्टर से मेल खाता है: नीचे दी गई समिति इस संख्या पर पंजीकृत है।", shown, code));
    }
    return template.execute(new View(society.registrationNumber(), "invalid", NOT_VALID,
        "The code does not match the one issued with this registration: the certificate is not genuine, or the code"
            + " was mistyped. The register's entry for this number is below.",
        "कोड इस पंजीकरण के साथ जारी कोड से मेल नहीं खाता: प्रमाणपत्र असली नहीं है, या कोड गलत लिखा गया है।"
            + " इस संख्या की रजिस्टर प्रविष्टि नीचे है।", shown, code));
  }

  private static String date(LocalDate day) {
    return day == null ? "—" : DATE.format(day);
  }

  /** {@code society} is left out when null (an unknown number). */
  private record View(String registrationNumber, String verdictClass, String verdictText, String reason,
      String reasonHindi, Society society, String code) {
  }

  private record Society(String name, String type, String district, String state, String registeredOn,
      boolean deemed) {
  }
}
