package uk.warden.core.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import uk.warden.core.access.Grant;
import uk.warden.core.access.Principal;
import uk.warden.core.register.DataSystem;
import uk.warden.core.register.Marking;

/** The evidence every principal finding shows: who (by id), and the live access it holds. */
final class PrincipalFacts {

  private PrincipalFacts() {}

  static Facts of(Principal principal) {
    Facts facts =
        Facts.of()
            .add("principal", "Principal", principal.id())
            .add("principalKind", "Kind", principal.kind());
    if (principal.payNumber() != null) {
      facts.add("payNumber", "Pay number", principal.payNumber());
    }
    if (principal.partyCode() != null) {
      facts.add("party", "Supplier", principal.partyCode());
    }
    return facts;
  }

  /** Grants, systems and the most protective marking the grants reach. */
  static Facts withAccess(Facts facts, List<Grant> live, FindingsInput input) {
    Set<String> systems = systems(live);
    List<String> grantIds = new ArrayList<>();
    for (Grant grant : live) {
      grantIds.add(grant.id());
    }
    facts
        .add("liveGrants", "Live grants", live.size())
        .add("grants", "Grants", grantIds)
        .add("systems", "Systems reachable", systems);
    Marking highest = highestMarking(systems, input);
    if (highest != null) {
      facts.add("highestMarking", "Most protective marking reachable", highest.label());
    }
    return facts;
  }

  static Set<String> systems(List<Grant> live) {
    Set<String> systems = new TreeSet<>();
    for (Grant grant : live) {
      systems.add(grant.systemCode());
    }
    return systems;
  }

  private static @Nullable Marking highestMarking(Set<String> systems, FindingsInput input) {
    Marking highest = null;
    for (String code : systems) {
      DataSystem system = input.system(code).orElse(null);
      if (system != null
          && (highest == null || Marking.BY_PROTECTION.compare(system.marking(), highest) > 0)) {
        highest = system.marking();
      }
    }
    return highest;
  }
}
