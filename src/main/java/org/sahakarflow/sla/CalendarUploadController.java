package org.sahakarflow.sla;

import io.swagger.v3.oas.annotations.Operation;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.sahakarflow.identity.Groups;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The administrator's upload of holiday lists and working weeks, and their versions. */
@RestController
@RequestMapping("/api/reference")
class CalendarUploadController {

  private final CalendarUploads uploads;
  private final IdentityService identity;

  CalendarUploadController(CalendarUploads uploads, IdentityService identity) {
    this.uploads = uploads;
    this.identity = identity;
  }

  @Operation(summary = "Upload holiday lists (stateCode,date,name; '*' the central list) or working weeks"
      + " (stateCode,sundayOff,saturdaysOff): administrators only; 400 names each bad row by line and column,"
      + " nothing applied")
  @PostMapping(value = "/{dataset}", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
  CalendarUploads.Version upload(@PathVariable String dataset, @RequestBody byte[] body,
      @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType type) {
    Charset charset = type.getCharset() != null ? type.getCharset() : StandardCharsets.UTF_8;
    return uploads.upload(dataset, new String(body, charset), identity.getCurrentAuthentication());
  }

  @Operation(summary = "Every version uploaded, newest first: who, when, how many rows, which lists")
  @GetMapping("/{dataset}/versions")
  List<CalendarUploads.Uploaded> versions(@PathVariable String dataset) {
    Authentication caller = identity.getCurrentAuthentication();
    if (caller == null || caller.getGroupIds() == null || !caller.getGroupIds().contains(Groups.ADMIN)) {
      throw new AuthorizationException("only an administrator reads the upload history");
    }
    return uploads.versions(dataset);
  }
}
