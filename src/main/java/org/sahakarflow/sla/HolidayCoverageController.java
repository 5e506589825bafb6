package org.sahakarflow.sla;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.sahakarflow.identity.Groups;
import org.sahakarflow.system.EngineClock;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The administrator's view of the holiday lists still to upload. */
@RestController
class HolidayCoverageController {

  private final HolidayListWatch watch;
  private final IdentityService identity;

  HolidayCoverageController(HolidayListWatch watch, IdentityService identity) {
    this.watch = watch;
    this.identity = identity;
  }

  @Operation(summary = "Which States and UTs have a holiday list this year and, from 60 days before it, next"
      + " year; due dates in a year without one raise an incident. Administrators only")
  @GetMapping("/api/reference/holidays/coverage")
  List<HolidayListWatch.YearCoverage> coverage() {
    Authentication caller = identity.getCurrentAuthentication();
    if (caller == null || caller.getGroupIds() == null || !caller.getGroupIds().contains(Groups.ADMIN)) {
      throw new AuthorizationException("only an administrator reads the holiday lists' coverage");
    }
    return watch.coverage(EngineClock.today());
  }
}
