package org.sahakarflow.registration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.sahakarflow.society.SocietyType;
import org.sahakarflow.system.PlainText;
import org.sahakarflow.system.Printable;

/** An application to register a new society, as other front ends submit it. */
public record RegistrationRequest(
    @NotNull SocietyType societyType,
    @NotBlank @Size(max = 120) @PlainText @Printable String societyName,
    @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter State code") String stateCode,
    @NotBlank @Pattern(regexp = "[A-Z]{2}-[A-Z]{3}", message = "must be a district code like RJ-UDR") String districtCode,
    @NotBlank @Size(max = 80) @PlainText String block,
    @NotBlank @Size(max = 80) @PlainText String gramPanchayat,
    @NotBlank @Size(max = 500) @PlainText @Printable String areaOfOperation,
    @Size(max = 2000) @PlainText String objects,
    @NotEmpty @Size(max = 500) List<@Valid @NotNull Promoter> promoters,
    @NotNull @PositiveOrZero @DecimalMax(value = MAX_RUPEES, message = MAX_RUPEES_MESSAGE) BigDecimal shareCapitalSubscribed,
    @NotNull @PositiveOrZero @DecimalMax(value = MAX_RUPEES, message = MAX_RUPEES_MESSAGE) BigDecimal shareCapitalPaid,
    @Size(max = 30) @Pattern(regexp = "[A-Za-z0-9-]*", message = "may hold letters, digits and '-' only") String dccbAccountNumber,
    @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9/-]*", message = "may hold letters, digits, '/' and '-' only") String creditBalanceCertificateNumber,
    boolean modelByeLawsAdopted,
    @NotBlank @Email @Size(max = 254) String chiefPromoterEmail,
    @NotBlank @Pattern(regexp = "[6-9][0-9]{9}", message = "must be a 10-digit Indian mobile number") String chiefPromoterMobile) {

  /** Far above any society's capital, and well inside what the case's number variables hold (1e400 would be infinite). */
  static final String MAX_RUPEES = "100000000000";
  static final String MAX_RUPEES_MESSAGE = "must be at most 10,000 crore rupees";

  public record Promoter(
      @NotBlank @Size(max = 120) @PlainText String name,
      @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9/-]+", message = "may hold letters, digits, '/' and '-' only") String householdId,
      @NotBlank @Size(max = 80) @PlainText String village,
      @NotNull @PositiveOrZero Integer sharesSubscribed) {
  }
}
