package org.sahakarflow.credit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Map;
import org.sahakarflow.system.PlainText;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/credit-linkages")
@Tag(name = "credit-linkages", description = "A registered society's credit linkage with its District Central Cooperative Bank")
class CreditLinkageController {

  private final CreditLinkageService linkages;

  CreditLinkageController(CreditLinkageService linkages) {
    this.linkages = linkages;
  }

  /** The society's secretary asks for the linkage; the answer carries the case number. */
  @PostMapping
  @Operation(summary = "Start the society's credit linkage with the DCCB of its district")
  @ApiResponse(responseCode = "201", description = "Case started; body {\"applicationNumber\": …}")
  @ApiResponse(responseCode = "400", description = "Bad input; errors name each field, nothing is started")
  @ApiResponse(responseCode = "409", description = "The society's earlier linkage is still open")
  ResponseEntity<Map<String, String>> request(@Valid @RequestBody Request request) {
    String applicationNumber = linkages.request(request.registrationNumber().trim());
    return ResponseEntity.created(URI.create("/api/credit-linkages/" + applicationNumber))
        .body(Map.of("applicationNumber", applicationNumber));
  }

  record Request(@NotBlank @Size(max = 60) @PlainText String registrationNumber) {
  }
}
