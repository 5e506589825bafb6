package org.sahakarflow.bylaws;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Map;
import org.sahakarflow.system.PlainText;
import org.sahakarflow.system.UploadedFile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/bylaw-adoptions")
class BylawAdoptionController {

  private final BylawAdoptionService adoptions;
  private final AmendmentDocuments documents;

  BylawAdoptionController(BylawAdoptionService adoptions, AmendmentDocuments documents) {
    this.adoptions = adoptions;
    this.documents = documents;
  }

  /** The society's secretary starts the amendment; the answer carries the case number. */
  @PostMapping
  ResponseEntity<Map<String, String>> propose(@Valid @RequestBody Proposal proposal) {
    return created(adoptions.propose(proposal.registrationNumber()));
  }

  /** The Registrar directs the society to amend (where the State's Act allows it). */
  @PostMapping("/directions")
  ResponseEntity<Map<String, String>> direct(@Valid @RequestBody Direction direction) {
    return created(adoptions.direct(direction.registrationNumber(), direction.reasons(), direction.complyWithinDays()));
  }

  /**
   * One of the documents the submission enclosed, linked from the Registrar's scrutiny form:
   * always a download, named and typed by what its content is, never by what its sender said.
   */
  @GetMapping("/{caseNumber}/documents/{name}")
  ResponseEntity<byte[]> document(@PathVariable String caseNumber, @PathVariable String name) {
    return UploadedFile.download(name, documents.document(caseNumber, name));
  }

  private static ResponseEntity<Map<String, String>> created(String caseNumber) {
    return ResponseEntity.created(URI.create("/api/bylaw-adoptions/" + caseNumber))
        .body(Map.of("caseNumber", caseNumber));
  }

  record Proposal(@NotBlank @Size(max = 60) @PlainText String registrationNumber) {
  }

  /** @param complyWithinDays the time the Registrar gives; absent, the State's default in bye-law-rules.dmn */
  record Direction(@NotBlank @Size(max = 60) @PlainText String registrationNumber,
      @NotBlank @Size(max = 2000) @PlainText String reasons, @Min(1) @Max(366) Integer complyWithinDays) {
  }
}
