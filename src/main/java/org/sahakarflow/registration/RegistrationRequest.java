package org.sahakarflow.registration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.spin.plugin.variable.SpinValues;
import org.sahakarflow.society.SocietyType;
import org.sahakarflow.system.CaseVariables;
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
    @PositiveOrZero @DecimalMax(value = MAX_RUPEES, message = MAX_RUPEES_MESSAGE) BigDecimal authorisedShareCapital,
    @PositiveOrZero @DecimalMax(value = MAX_RUPEES, message = MAX_RUPEES_MESSAGE) BigDecimal registrationFeePaid,
    @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9/-]*", message = "may hold letters, digits, '/' and '-' only") String feePaymentReference,
    boolean modelByeLawsAdopted,
    @NotBlank @Email @Size(max = 254) String chiefPromoterEmail,
    @NotBlank @Pattern(regexp = "[6-9][0-9]{9}", message = "must be a 10-digit Indian mobile number") String chiefPromoterMobile,
    boolean multiState,
    @Size(max = 40) List<@NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter State code") String> areaStates,
    @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter State code") String officeStateCode,
    @Pattern(regexp = "[A-Z]{2}-[A-Z]{3}", message = "must be a district code like RJ-UDR") String officeDistrictCode) {

  /** An application to a State's Registrar (the fields of a multi-State society left out). */
  public RegistrationRequest(SocietyType societyType, String societyName, String stateCode, String districtCode,
      String block, String gramPanchayat, String areaOfOperation, String objects, List<Promoter> promoters,
      BigDecimal shareCapitalSubscribed, BigDecimal shareCapitalPaid, String dccbAccountNumber,
      String creditBalanceCertificateNumber, BigDecimal authorisedShareCapital, BigDecimal registrationFeePaid,
      String feePaymentReference, boolean modelByeLawsAdopted, String chiefPromoterEmail, String chiefPromoterMobile) {
    this(societyType, societyName, stateCode, districtCode, block, gramPanchayat, areaOfOperation, objects, promoters,
        shareCapitalSubscribed, shareCapitalPaid, dccbAccountNumber, creditBalanceCertificateNumber,
        authorisedShareCapital, registrationFeePaid, feePaymentReference, modelByeLawsAdopted, chiefPromoterEmail,
        chiefPromoterMobile, false, null, null, null);
  }

  /** Far above any society's capital, and well inside what the case's number variables hold (1e400 would be infinite). */
  static final String MAX_RUPEES = "100000000000";
  static final String MAX_RUPEES_MESSAGE = "must be at most 10,000 crore rupees";

  public record Promoter(
      @NotBlank @Size(max = 120) @PlainText String name,
      @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9/-]+", message = "may hold letters, digits, '/' and '-' only") String householdId,
      @NotBlank @Size(max = 80) @PlainText String village,
      @NotNull @PositiveOrZero Integer sharesSubscribed,
      @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter State code") String stateCode) {

    /** A promoter of a society in one State, where the State goes without saying. */
    public Promoter(String name, String householdId, String village, Integer sharesSubscribed) {
      this(name, householdId, village, sharesSubscribed, null);
    }
  }

  /** The households the promoters come from: two promoters of one family count once. */
  public Set<String> households() {
    return promoters.stream().map(p -> p.householdId().trim().toUpperCase(Locale.ROOT))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * The households of each State's promoters, for a multi-State society: the Act asks for 50
   * members from each State, and a family counts once in its State as it does in a State society.
   */
  public Map<String, Set<String>> householdsByState() {
    Map<String, Set<String>> byState = new TreeMap<>();
    for (Promoter promoter : promoters) {
      if (promoter.stateCode() != null) {
        byState.computeIfAbsent(promoter.stateCode(), s -> new TreeSet<>())
            .add(promoter.householdId().trim().toUpperCase(Locale.ROOT));
      }
    }
    return byState;
  }

  /** The States of the area of operation, each once, in order; empty for a State society. */
  public List<String> distinctAreaStates() {
    return areaStates == null ? List.of() : areaStates.stream().distinct().sorted().toList();
  }

  /** The variables a registration case starts with, as {@code RegistrationService} starts it. */
  public Map<String, Object> variables(ObjectMapper json) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CaseVariables.SOCIETY_NAME, societyName);
    variables.put(CaseVariables.STATE_CODE, stateCode);
    variables.put(CaseVariables.DISTRICT_CODE, districtCode);
    variables.put("block", block);
    variables.put("gramPanchayat", gramPanchayat);
    variables.put("areaOfOperation", areaOfOperation);
    variables.put("objects", objects);
    try {
      variables.put("promoters", SpinValues.jsonValue(json.writeValueAsString(promoters)).create());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("promoters cannot be written as JSON", e);
    }
    variables.put("promoterCount", promoters.size());
    variables.put("shareCapitalSubscribed", shareCapitalSubscribed.doubleValue());
    variables.put("shareCapitalPaid", shareCapitalPaid.doubleValue());
    variables.put("dccbAccountNumber", dccbAccountNumber);
    variables.put("creditBalanceCertificateNumber", creditBalanceCertificateNumber);
    variables.put(RegistrationVariables.AUTHORISED_SHARE_CAPITAL, number(authorisedShareCapital));
    variables.put(RegistrationVariables.REGISTRATION_FEE_PAID, number(registrationFeePaid));
    variables.put(RegistrationVariables.FEE_PAYMENT_REFERENCE, feePaymentReference);
    variables.put("modelByeLawsAdopted", modelByeLawsAdopted);
    variables.put(CaseVariables.APPLICANT_EMAIL, chiefPromoterEmail);
    variables.put("chiefPromoterMobile", chiefPromoterMobile);
    variables.put(CaseVariables.MULTI_STATE, multiState);
    // given even where they do not belong, so that the case's start refuses them rather than drop them
    if (areaStates != null) {
      variables.put(RegistrationVariables.AREA_STATES, SpinValues.jsonValue(
          distinctAreaStates().stream().map(s -> '"' + s + '"').collect(Collectors.joining(",", "[", "]"))).create());
    }
    if (officeStateCode != null) {
      variables.put(RegistrationVariables.OFFICE_STATE_CODE, officeStateCode);
    }
    if (officeDistrictCode != null) {
      variables.put(RegistrationVariables.OFFICE_DISTRICT_CODE, officeDistrictCode);
    }
    return variables;
  }

  private static Double number(BigDecimal amount) {
    return amount == null ? null : amount.doubleValue();
  }
}
