package uk.warden.core.findings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import uk.warden.core.access.AccessType;
import uk.warden.core.access.Grant;

/**
 * Live grants nobody has used for a number of days: standing access that is not needed is exposure
 * for nothing (least privilege, Cyber Essentials' user access control). Use is the later of the
 * directory's last-used date and the access events; for a group's grant, use by any member. A grant
 * younger than the period is not judged yet.
 */
final class UnusedAccessCheck implements Check {

  static final String NAME = "unused-access";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<ParamSpec> params() {
    return List.of(
        ParamSpec.wholeNumber(
            "days", "days without use before access counts as unused", 90, 1, 3650),
        ParamSpec.enumSet(
            "accessTypes",
            "which kinds of access are checked",
            AccessType.class,
            EnumSet.allOf(AccessType.class)));
  }

  @Override
  public void run(Rule rule, FindingsInput input, FindingCollector out) {
    int days = rule.params().wholeNumber("days");
    Set<AccessType> types = rule.params().enums("accessTypes");
    LocalDate cutoff = input.today().minusDays(days);
    // Granted or used on or after this instant means within the period.
    Instant recent = cutoff.plusDays(1).atStartOfDay(input.zone()).toInstant();
    AccessView view = input.accessView();
    for (Grant grant : input.access().grants()) {
      if (!types.contains(grant.type())
          || !grant.grantedAt().isBefore(recent)
          || (grant.lastUsedAt() != null && !grant.lastUsedAt().isBefore(recent))
          || !view.live(grant)) {
        continue;
      }
      LocalDate lastUse = view.lastUse(grant);
      if (lastUse != null && lastUse.isAfter(cutoff)) {
        continue;
      }
      LocalDate since = lastUse != null ? lastUse : GrantFacts.day(grant.grantedAt(), input.zone());
      long idle = ChronoUnit.DAYS.between(since, input.today());
      out.add(
          Subject.grant(grant.id()),
          "Grant "
              + grant.id()
              + " ("
              + GrantFacts.access(grant, input)
              + " for "
              + grant.holderId()
              + ") "
              + (lastUse == null
                  ? "has no recorded use since it was granted " + idle + " days ago."
                  : "was last used " + idle + " days ago, on " + lastUse + "."),
          GrantFacts.of(grant, input)
              .add("lastUsed", "Last used", lastUse == null ? "never recorded" : lastUse)
              .add("daysUnused", "Days without use", idle)
              .add("threshold", "Reported after", days + " days"));
    }
  }
}
