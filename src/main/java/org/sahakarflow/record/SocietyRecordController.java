package org.sahakarflow.record;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.sahakarflow.bylaws.AmendmentRegister;
import org.sahakarflow.credit.CreditRegister;
import org.sahakarflow.identity.Groups;
import org.sahakarflow.identity.RegisteringOfficers;
import org.sahakarflow.identity.StateScope;
import org.sahakarflow.membership.MembershipRegister;
import org.sahakarflow.society.Societies;
import org.sahakarflow.system.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A society's record as its bye-laws stand: version, adopted activities and amendment history;
 * and its applications to, and memberships of, the national cooperatives (NCEL, NCOL, BBSSL).
 * Readable by those who read its cases: its secretary, the district's registering officer, the
 * State's Registrar and the ministry. Anyone else gets 404, as if there were no such society.
 */
@RestController
class SocietyRecordController {

  private final Societies societies;
  private final AmendmentRegister amendments;
  private final MembershipRegister memberships;
  private final CreditRegister credit;
  private final IdentityService identity;
  private final RegisteringOfficers officers;

  SocietyRecordController(Societies societies, AmendmentRegister amendments,
      MembershipRegister memberships, CreditRegister credit, IdentityService identity, RegisteringOfficers officers) {
    this.officers = officers;
    this.credit = credit;
    this.societies = societies;
    this.amendments = amendments;
    this.memberships = memberships;
    this.identity = identity;
  }

  // a registration number has slashes (RJ/UDR/MPACS/2026/0042): it is the rest of the path, as written
  @GetMapping("/api/societies/{*registrationNumber}")
  SocietyRecord society(@PathVariable String registrationNumber) {
    String number = registrationNumber.startsWith("/") ? registrationNumber.substring(1) : registrationNumber;
    Societies.Society society = societies.find(number)
        .filter(this::mayRead)
        .orElseThrow(() -> new NotFoundException("no society " + number));
    return new SocietyRecord(society.registrationNumber(), society.name(), society.type(),
        society.stateCode(), society.districtCode(), society.registeredOn(), society.byeLawVersion(),
        society.modelByeLawsAdoptedOn(), society.adoptedActivities(),
        amendments.history(society.registrationNumber()),
        memberships.memberships(society.registrationNumber()),
        credit.latest(society.registrationNumber()).orElse(null));
  }

  private boolean mayRead(Societies.Society society) {
    Authentication user = identity.getCurrentAuthentication();
    if (user == null) {
      return false;
    }
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    return StateScope.of(user).covers(society.stateCode())
        || groups.contains(Groups.rcsDistrict(society.districtCode()))
        || groups.contains(officers.group(society.stateCode(), society.districtCode(), society.type()))
        || societies.isSecretary(user.getUserId(), society.registrationNumber());
  }

  record SocietyRecord(String registrationNumber, String name, String type, String stateCode,
      String districtCode, LocalDate registeredOn, String byeLawVersion, LocalDate modelByeLawsAdoptedOn,
      List<String> adoptedActivities, List<AmendmentRegister.Amendment> amendments,
      List<MembershipRegister.Membership> nationalMemberships,
      @Schema(description = "The latest credit linkage with the DCCB: dccb, status, applicationNumber, borrowingLimit,"
          + " affiliatedOn, kccDemand, sanctionedLimit, validUntil (rupees, dates); null if none")
      Map<String, Object> dccb) {
  }
}
