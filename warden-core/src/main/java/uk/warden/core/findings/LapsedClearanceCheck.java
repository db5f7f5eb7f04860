package uk.warden.core.findings;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import uk.warden.core.access.Grant;
import uk.warden.core.access.Principal;
import uk.warden.core.register.Clearance;

/**
 * Principals still holding live access after a clearance ended (lapsed, withdrawn, or past its
 * expiry though still recorded as active) without a valid clearance as deep replacing it. Access
 * was granted on the strength of that vetting. Leavers are the leaver rule's, and people who were
 * never cleared are the marking rule's, so each principal is reported once for one cause.
 */
final class LapsedClearanceCheck implements Check {

  static final String NAME = "clearance-lapsed";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<ParamSpec> params() {
    return List.of();
  }

  @Override
  public void run(Rule rule, FindingsInput input, FindingCollector out) {
    AccessView view = input.accessView();
    LocalDate today = input.today();
    for (Principal principal : view.vettedPrincipals()) {
      if (view.leaver(principal)) {
        continue;
      }
      ClearanceState state = view.clearanceState(principal);
      if (state.lapsed().isEmpty()) {
        continue;
      }
      List<Grant> live = view.liveGrants(principal);
      if (live.isEmpty()) {
        continue;
      }
      List<String> lapsed = new ArrayList<>();
      LocalDate lastExpiry = null;
      for (Clearance clearance : state.lapsed()) {
        lapsed.add(ClearanceState.describe(clearance, today));
        if (clearance.expires() != null && clearance.expires().isBefore(today)) {
          lastExpiry = AccessView.later(lastExpiry, clearance.expires());
        }
      }
      List<String> valid = new ArrayList<>();
      for (Clearance clearance : state.valid()) {
        valid.add(clearance.level().label());
      }
      Facts facts =
          PrincipalFacts.of(principal).add("lapsedClearances", "Ended clearances", lapsed);
      if (lastExpiry != null) {
        facts.add(
            "daysSinceExpiry", "Days since expiry", ChronoUnit.DAYS.between(lastExpiry, today));
      }
      facts.add("validClearances", "Valid clearances", valid);
      PrincipalFacts.withAccess(facts, live, input);
      out.add(
          Subject.principal(principal.id()),
          principal.id()
              + " ("
              + principal.kind()
              + (principal.partyCode() == null ? "" : " of " + principal.partyCode())
              + ") holds "
              + Facts.plural(live.size(), "live grant")
              + " although "
              + String.join("; ", lapsed)
              + ".",
          facts);
    }
  }
}
