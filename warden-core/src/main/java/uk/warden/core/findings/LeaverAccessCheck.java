package uk.warden.core.findings;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import uk.warden.core.access.Grant;
import uk.warden.core.access.Principal;
import uk.warden.core.register.Clearance;
import uk.warden.core.register.Person;

/**
 * Enabled principals whose register person has left the force and who still hold live access: the
 * joiner-mover-leaver process missed them. Clearances still recorded as active are named too,
 * because APP Vetting (2025) requires them to end when no longer needed.
 */
final class LeaverAccessCheck implements Check {

  static final String NAME = "leaver-with-access";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<ParamSpec> params() {
    return List.of(
        ParamSpec.wholeNumber(
            "graceDays", "days after the leaving date before access is reported", 0, 0, 90));
  }

  @Override
  public void run(Rule rule, FindingsInput input, FindingCollector out) {
    int grace = rule.params().wholeNumber("graceDays");
    AccessView view = input.accessView();
    for (Principal principal : view.vettedPrincipals()) {
      Person person = view.person(principal);
      if (person == null || !view.leaver(principal)) {
        continue;
      }
      LocalDate left = person.leavingDate();
      if (left == null || left.plusDays(grace).isAfter(input.today())) {
        continue;
      }
      List<Grant> live = view.liveGrants(principal);
      if (live.isEmpty()) {
        continue;
      }
      long days = ChronoUnit.DAYS.between(left, input.today());
      List<String> stillActive = new ArrayList<>();
      for (Clearance clearance : person.clearances()) {
        if (clearance.validOn(input.today())) {
          stillActive.add(clearance.level().label());
        }
      }
      Facts facts =
          PrincipalFacts.of(principal)
              .add("leavingDate", "Leaving date", left)
              .add("daysSinceLeaving", "Days since leaving", days);
      PrincipalFacts.withAccess(facts, live, input)
          .add("clearancesStillActive", "Clearances still recorded as active", stillActive);
      out.add(
          Subject.principal(principal.id()),
          principal.id()
              + " (pay number "
              + principal.payNumber()
              + ") left on "
              + left
              + ", "
              + days
              + " days ago, and still holds "
              + live.size()
              + " live grants on "
              + PrincipalFacts.systems(live).size()
              + " systems.",
          facts);
    }
  }
}
