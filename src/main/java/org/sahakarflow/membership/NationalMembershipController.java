package org.sahakarflow.membership;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import org.sahakarflow.system.PlainText;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/national-memberships")
@Tag(name = "national-memberships", description = "A society's application to NCEL, NCOL or BBSSL")
class NationalMembershipController {

  private final NationalMembershipService memberships;

  NationalMembershipController(NationalMembershipService memberships) {
    this.memberships = memberships;
  }

  /** The society's secretary applies; the answer carries the application (case) number. */
  @PostMapping
  @Operation(summary = "Apply for membership of a national cooperative, with the share money or fee paid in full")
  @ApiResponse(responseCode = "201", description = "Application opened; body {\"applicationNumber\": …}")
  @ApiResponse(responseCode = "400", description = "Bad input; errors name each field, nothing is started")
  @ApiResponse(responseCode = "409", description = "The society already has an open application to that national society, or is its member")
  ResponseEntity<Map<String, String>> apply(@Valid @RequestBody Application application) {
    String applicationNumber = memberships.apply(application);
    return ResponseEntity.created(URI.create("/api/national-memberships/" + applicationNumber))
        .body(Map.of("applicationNumber", applicationNumber));
  }

  record Application(
      @NotBlank @Size(max = 60) @PlainText String registrationNumber,
      @Schema(allowableValues = {"NCEL", "NCOL", "BBSSL"})
      @NotNull @Pattern(regexp = "NCEL|NCOL|BBSSL", message = "must be NCEL, NCOL or BBSSL") String nationalSociety,
      @NotBlank @Size(max = 60) @PlainText String boardResolutionNumber,
      @NotNull LocalDate boardResolutionDate,
      @NotBlank @Size(max = 120) @PlainText String authorisedSignatory,
      @Schema(description = "BBSSL only: number of shares bought") @Positive Integer sharesSubscribed,
      @Schema(description = "Rupees paid: the shares' value (BBSSL) or the membership fee (NCEL, NCOL)")
      @NotNull @PositiveOrZero Long amountPaid,
      @Schema(description = "UTR or receipt number of the payment") @NotBlank @Size(max = 60) @PlainText String paymentReference) {
  }
}
