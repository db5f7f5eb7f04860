package uk.warden.core.findings;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import uk.warden.core.access.Grant;

/**
 * Grants past their expiry that are still in the directory for an enabled holder: the expiry was
 * written down and nobody acted on it. Use after expiry, if the logs show any, is part of the
 * evidence.
 */
final class ExpiredGrantCheck implements Check {

  static final String NAME = "grant-past-expiry";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<ParamSpec> params() {
    return List.of(
        ParamSpec.wholeNumber(
            "graceDays", "days after expiry before the grant is reported", 0, 0, 365));
  }

  @Override
  public void run(Rule rule, FindingsInput input, FindingCollector out) {
    int grace = rule.params().wholeNumber("graceDays");
    AccessView view = input.accessView();
    for (Grant grant : input.access().grants()) {
      if (grant.expiresAt() == null
          || !grant.expiredAt(input.at().minus(grace, ChronoUnit.DAYS))
          || !view.holderEnabled(grant)) {
        continue;
      }
      LocalDate expired = GrantFacts.day(grant.expiresAt(), input.zone());
      long days = ChronoUnit.DAYS.between(expired, input.today());
      LocalDate lastUse = view.lastUse(grant);
      Facts facts =
          GrantFacts.of(grant, input)
              .add("daysSinceExpiry", "Days since expiry", days)
              .add("lastUsed", "Last used", lastUse);
      boolean usedSince = lastUse != null && !lastUse.isBefore(expired);
      if (usedSince) {
        facts.add("usedAfterExpiry", "Used after expiry", "yes, last on " + lastUse);
      }
      out.add(
          Subject.grant(grant.id()),
          "Grant "
              + grant.id()
              + " ("
              + GrantFacts.access(grant, input)
              + " for "
              + grant.holderId()
              + ") expired on "
              + expired
              + ", "
              + days
              + " days ago, and is still in force"
              + (usedSince ? "; it was used after it expired." : "."),
          facts);
    }
  }
}
