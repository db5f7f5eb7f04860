package uk.warden.core.findings;

import java.util.List;
import uk.warden.core.register.Assurance;

/**
 * A supplier or sub-processor holding the force's data with no breach-notification clause, or one
 * that gives it longer than the force itself has: the force must tell the ICO within 72 hours of
 * becoming aware (Art 33, s.67), and it becomes aware when the supplier tells it (DOMAIN.md §6.6).
 */
final class BreachClauseCheck implements Check {

  static final String NAME = "breach-notification-clause";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<ParamSpec> params() {
    return List.of(
        ParamSpec.wholeNumber(
            "maxHours", "longest notification period a clause may allow, in hours", 72, 1, 720));
  }

  @Override
  public void run(Rule rule, FindingsInput input, FindingCollector out) {
    int maxHours = rule.params().wholeNumber("maxHours");
    for (PartyData data : input.partyData()) {
      if (!data.thirdParty() || !data.holdsData()) {
        continue;
      }
      Assurance assurance = data.party().assurance();
      Integer hours = assurance.breachNotificationHours();
      if (hours != null && hours <= maxHours) {
        continue;
      }
      out.add(
          Subject.party(data.code()),
          data.party().name()
              + " holds "
              + PartyFacts.shortNames(data.categories(), input.taxonomy())
              + (hours == null
                  ? " with no breach-notification clause recorded."
                  : "; its breach-notification clause allows "
                      + hours
                      + " hours, more than "
                      + maxHours
                      + "."),
          PartyFacts.of(data)
              .add("breachNotificationHours", "Breach notification (hours)", hours)
              .add("maxHours", "Longest allowed (hours)", maxHours)
              .add(
                  "categories",
                  "Categories held",
                  PartyFacts.names(data.categories(), input.taxonomy())));
    }
  }
}
