package org.sahakarflow.identity;

import io.swagger.v3.oas.annotations.Operation;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.sahakarflow.system.ReferenceUploads;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The administrator's uploads of reference data, and their versions. */
@RestController
@RequestMapping("/api/reference")
class ReferenceUploadController {

  private final ReferenceUploads uploads;
  private final IdentityService identity;

  ReferenceUploadController(ReferenceUploads uploads, IdentityService identity) {
    this.uploads = uploads;
    this.identity = identity;
  }

  @Operation(summary = "The reference data an administrator can upload")
  @GetMapping
  List<String> datasets() {
    administrator("reads the reference data");
    return uploads.names();
  }

  @Operation(summary = "Upload reference data: CSV for holidays, working-week, districts, blocks, gram-panchayats,"
      + " formation-targets, functional-registrars;"
      + " a DMN file for the rules (registration-eligibility.dmn, sla-policy.dmn, …). Administrators only;"
      + " 400 names each bad row by line and column (or rule and column), nothing applied; counts for new"
      + " cases only")
  @PostMapping(value = "/{dataset}", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE, MediaType.TEXT_XML_VALUE,
      MediaType.APPLICATION_XML_VALUE})
  ReferenceUploads.Version upload(@PathVariable String dataset, @RequestBody byte[] body,
      @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType type) {
    Authentication caller = administrator("changes the reference data");
    Charset charset = type.getCharset() != null ? type.getCharset() : StandardCharsets.UTF_8;
    return uploads.upload(dataset, new String(body, charset), caller.getUserId());
  }

  @Operation(summary = "Every version uploaded, newest first: who, when, how many rows, what it replaced")
  @GetMapping("/{dataset}/versions")
  List<ReferenceUploads.Uploaded> versions(@PathVariable String dataset) {
    administrator("reads the upload history");
    return uploads.versions(dataset);
  }

  private Authentication administrator(String what) {
    Authentication caller = identity.getCurrentAuthentication();
    if (caller == null || caller.getGroupIds() == null || !caller.getGroupIds().contains(Groups.ADMIN)) {
      throw new AuthorizationException("only an administrator " + what);
    }
    return caller;
  }
}
