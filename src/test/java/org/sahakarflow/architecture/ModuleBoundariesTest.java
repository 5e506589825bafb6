package org.sahakarflow.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sahakarflow.SahakarFlowApplication;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The floor plan: the processes side by side, the society record and the ministry's insight above
 * them, a shared kernel below; every arrow points down. A feature that needs another feature's
 * class means the class belongs in the kernel (or the caller belongs above both).
 */
class ModuleBoundariesTest {

  private static final Set<String> KERNEL = Set.of("engine", "identity", "notification", "numbering",
      "sla", "society", "system");
  private static final Set<String> FEATURES = Set.of("registration", "bylaws", "credit", "membership", "signup");

  /** Which modules each module may use; a module not named here is a new one and needs a row. */
  private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
      Map.entry("system", Set.of()),
      Map.entry("engine", Set.of()),
      Map.entry("numbering", Set.of("system")),
      Map.entry("identity", Set.of("system")),
      Map.entry("notification", Set.of("system", "identity")),
      Map.entry("society", Set.of("system", "identity")),
      Map.entry("sla", Set.of("system", "identity", "society", "engine")),
      Map.entry("registration", KERNEL),
      Map.entry("bylaws", KERNEL),
      Map.entry("credit", KERNEL),
      Map.entry("membership", KERNEL),
      Map.entry("signup", KERNEL),
      Map.entry("record", union(KERNEL, FEATURES)),
      Map.entry("insight", union(KERNEL, FEATURES)));

  private static final ApplicationModules MODULES = ApplicationModules.of(SahakarFlowApplication.class);

  @Test
  void modulesFormNoCycleAndUseNoOnesInternals() {
    MODULES.verify();
  }

  @Test
  void everyArrowPointsDown() {
    Map<String, Set<String>> upward = new TreeMap<>();
    for (ApplicationModule module : MODULES) {
      String name = module.getIdentifier().toString();
      assertThat(ALLOWED).as("the floor of module " + name).containsKey(name);
      Set<String> used = new TreeSet<>();
      module.getDependencies(MODULES).stream()
          .map(dependency -> dependency.getTargetModule().getIdentifier().toString())
          .filter(target -> !target.equals(name))
          .forEach(used::add);
      used.removeAll(ALLOWED.get(name));
      if (!used.isEmpty()) {
        upward.put(name, used);
      }
    }
    assertThat(upward).as("modules using modules on their own floor or above").isEmpty();
  }

  @Test
  void theModuleDiagramInTheDocsIsTheCodes() throws IOException {
    new Documenter(MODULES).writeModulesAsPlantUml();
    Set<String> written = new TreeSet<>(Files.readAllLines(Path.of("target/spring-modulith-docs/components.puml")));
    Set<String> documented = new TreeSet<>(Files.readAllLines(Path.of("docs/modules.puml")));
    assertThat(documented).as("docs/modules.puml against the code's modules (docs/architecture.md says how to"
        + " redraw it)").isEqualTo(written);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }
}
