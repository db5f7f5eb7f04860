package uk.warden.core.findings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.warden.core.access.Grant;
import uk.warden.core.access.Principal;
import uk.warden.core.register.Clearance;
import uk.warden.core.register.ClearanceLevel;
import uk.warden.core.register.DataSystem;

/**
 * A principal whose valid clearances do not include any level the system's marking requires (the
 * table is the rule's {@code requirements} parameter), reported once per principal and system.
 * Principals whose clearance lapsed are left to the lapsed-clearance rule and leavers to the leaver
 * rule; this one is about vetting that is too shallow for the system, or was never granted.
 */
final class ClearanceBelowMarkingCheck implements Check {

  static final String NAME = "clearance-below-marking";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<ParamSpec> params() {
    return List.of(
        new ParamSpec(
            "requirements",
            "marking to the clearance levels that satisfy it (any one of them)",
            ClearanceRequirements.STANDARD,
            ClearanceRequirements::read));
  }

  @Override
  public void run(Rule rule, FindingsInput input, FindingCollector out) {
    ClearanceRequirements table = rule.params().value("requirements", ClearanceRequirements.class);
    AccessView view = input.accessView();
    for (Principal principal : view.vettedPrincipals()) {
      if (view.leaver(principal)) {
        continue;
      }
      ClearanceState state = view.clearanceState(principal);
      if (state.valid().isEmpty() && !state.lapsed().isEmpty()) {
        continue;
      }
      Map<String, List<Grant>> bySystem = new LinkedHashMap<>();
      for (Grant grant : view.liveGrants(principal)) {
        bySystem.computeIfAbsent(grant.systemCode(), k -> new ArrayList<>()).add(grant);
      }
      for (Map.Entry<String, List<Grant>> entry : bySystem.entrySet()) {
        DataSystem system = input.system(entry.getKey()).orElse(null);
        if (system == null) {
          continue;
        }
        Set<ClearanceLevel> required = table.required(system.marking());
        if (required == null || satisfied(state.valid(), required)) {
          continue;
        }
        report(principal, state, system, required, entry.getValue(), out);
      }
    }
  }

  private static boolean satisfied(List<Clearance> valid, Set<ClearanceLevel> required) {
    for (Clearance clearance : valid) {
      if (required.contains(clearance.level())) {
        return true;
      }
    }
    return false;
  }

  private static void report(
      Principal principal,
      ClearanceState state,
      DataSystem system,
      Set<ClearanceLevel> required,
      List<Grant> grants,
      FindingCollector out) {
    List<String> held = new ArrayList<>();
    for (Clearance clearance : state.valid()) {
      held.add(clearance.level().label());
    }
    List<String> accepted = new ArrayList<>();
    for (ClearanceLevel level : required) {
      accepted.add(level.label());
    }
    List<String> grantIds = new ArrayList<>();
    for (Grant grant : grants) {
      grantIds.add(grant.id() + " (" + grant.type() + ")");
    }
    String heldText =
        held.isEmpty()
            ? (state.pendingOnly() ? "no valid clearance (vetting pending)" : "no clearance")
            : String.join(", ", held);
    Facts facts =
        PrincipalFacts.of(principal)
            .add("system", "System", system.code())
            .add("systemName", "System name", system.name())
            .add("marking", "Marking", system.marking().label())
            .add("clearancesHeld", "Valid clearances", heldText)
            .add("clearancesAccepted", "Clearances the marking needs (any one)", accepted)
            .add("grants", "Grants", grantIds);
    out.add(
        Subject.principalOn(principal.id(), system.code()),
        principal.id()
            + " holds "
            + heldText
            + " but can reach "
            + system.name()
            + " ("
            + system.code()
            + "), marked "
            + system.marking().label()
            + ", which needs one of "
            + String.join(", ", accepted)
            + ".",
        facts);
  }
}
