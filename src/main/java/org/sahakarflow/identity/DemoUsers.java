package org.sahakarflow.identity;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.sahakarflow.system.CsvRows;
import org.sahakarflow.system.CsvRows.Row;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The demo people of {@code demo/users.csv}: one per role in each of the four demo districts. */
@Component
class DemoUsers {

  static final String FILE = "demo/users.csv";

  private final IdentityService identity;

  DemoUsers(IdentityService identity) {
    this.identity = identity;
  }

  static List<DemoUser> all() {
    return CsvRows.reference(new ClassPathResource(FILE), 6).stream().map(DemoUser::of).toList();
  }

  void ensure(String password) {
    for (DemoUser demo : all()) {
      if (identity.createUserQuery().userId(demo.id()).count() == 0) {
        User user = identity.newUser(demo.id());
        user.setFirstName(demo.firstName());
        user.setLastName(demo.lastName());
        user.setEmail(demo.id() + "@demo.sahakarflow.in");
        user.setPassword(password);
        identity.saveUser(user);
      }
      for (String group : demo.groups()) {
        if (identity.createUserQuery().userId(demo.id()).memberOfGroup(group).count() == 0) {
          identity.createMembership(demo.id(), group);
        }
      }
      for (String tenant : demo.tenants()) {
        if (identity.createUserQuery().userId(demo.id()).memberOfTenant(tenant).count() == 0) {
          identity.createTenantUserMembership(tenant, demo.id());
        }
      }
    }
  }

  record DemoUser(String id, String firstName, String lastName, String role, List<String> groups,
      List<String> tenants) {

    static DemoUser of(Row row) {
      return new DemoUser(row.cell(0), row.cell(1), row.cell(2), row.cell(3), words(row.cell(4)), words(row.cell(5)));
    }

    /** Groups and tenants are space-separated within their cell: a comma would end the cell. */
    private static List<String> words(String cell) {
      return Arrays.stream(cell.split(" ")).filter(s -> !s.isBlank()).toList();
    }
  }
}
