package org.sahakarflow.society;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.sahakarflow.identity.Groups;
import org.sahakarflow.identity.Places;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Import of societies registered before Sahakar Flow: administrators, or a State's Registrar for its State. */
@RestController
class SocietyImportController {

  private final SocietyImport societies;
  private final IdentityService identity;
  private final Places places;

  SocietyImportController(SocietyImport societies, IdentityService identity, Places places) {
    this.societies = societies;
    this.identity = identity;
    this.places = places;
  }

  /**
   * The file is read as UTF-8 unless its content type names another charset: a spreadsheet's CSV
   * arrives as UTF-8 without saying so, where a plain String body would be read as ISO-8859-1 and
   * import a name with a dash or an accent garbled (or with Hindi, let it past the script check).
   */
  @PostMapping(value = "/api/societies/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
  Map<String, Integer> importCsv(@RequestBody byte[] body,
      @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType type) {
    Charset charset = type.getCharset() != null ? type.getCharset() : StandardCharsets.UTF_8;
    String csv = new String(body, charset);
    Set<String> states = statesOf(identity.getCurrentAuthentication());
    if (states.isEmpty()) {
      throw new AuthorizationException("only an administrator or a State's Registrar imports societies");
    }
    return Map.of("imported", societies.importCsv(csv, states));
  }

  private Set<String> statesOf(Authentication user) {
    if (user == null || user.getGroupIds() == null) {
      return Set.of();
    }
    if (user.getGroupIds().contains(Groups.ADMIN)) {
      return places.states().stream().map(Places.State::code).collect(Collectors.toSet());
    }
    return places.states().stream().map(Places.State::code)
        .filter(code -> user.getGroupIds().contains(Groups.rcsState(code)))
        .collect(Collectors.toSet());
  }
}
