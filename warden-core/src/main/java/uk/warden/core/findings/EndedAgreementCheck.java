package uk.warden.core.findings;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import uk.warden.core.register.Agreement;
import uk.warden.core.register.DataSystem;

/**
 * An agreement that ended, with its party's data not confirmed deleted (DOMAIN.md §9.3: the
 * processor deletes or returns everything and confirms it). Either of two kinds of evidence:
 *
 * <ul>
 *   <li>custody: the party still holds people past the agreement's retention, with no deletion
 *       attested (the ledger's overdue holdings);
 *   <li>register: the party still hosts systems holding records while none of its agreements is in
 *       force, {@code graceDays} after the end (time allowed for delete-or-return).
 * </ul>
 */
final class EndedAgreementCheck implements Check {

  static final String NAME = "agreement-ended-data-held";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<ParamSpec> params() {
    return List.of(
        ParamSpec.wholeNumber(
            "graceDays",
            "days after the end allowed for deletion or return before a live system is reported",
            60,
            0,
            3650));
  }

  @Override
  public void run(Rule rule, FindingsInput input, FindingCollector out) {
    int grace = rule.params().wholeNumber("graceDays");
    LocalDate today = input.today();
    for (Agreement agreement : input.agreements()) {
      if (agreement.end() == null || !agreement.end().isBefore(today)) {
        continue;
      }
      PartyData data = input.partyData(agreement.partyCode()).orElse(null);
      if (data == null) {
        continue;
      }
      LocalDate retainUntil = agreement.retainUntil();
      boolean retentionPassed = retainUntil != null && retainUntil.isBefore(today);
      int overdue = retentionPassed && data.holdings() != null ? data.holdings().overdue() : 0;
      List<String> liveSystems = new ArrayList<>();
      if (!agreement.end().plusDays(grace).isAfter(today) && !data.agreementInForce(today)) {
        for (DataSystem system : data.systems()) {
          if (system.recordCount() > 0) {
            liveSystems.add(system.code());
          }
        }
      }
      if (overdue == 0 && liveSystems.isEmpty()) {
        continue;
      }
      long daysSinceEnd = ChronoUnit.DAYS.between(agreement.end(), today);
      Facts facts =
          PartyFacts.of(data)
              .add("agreement", "Agreement", agreement.code())
              .add("ended", "Ended on", agreement.end())
              .add("daysSinceEnd", "Days since it ended", daysSinceEnd)
              .add(
                  "retainUntil",
                  "Retention allowed until",
                  retainUntil == null ? "not set" : retainUntil)
              .add("retentionPassed", "Retention passed", retentionPassed ? "yes" : "no");
      if (overdue > 0) {
        facts.add("overduePeople", "People held past retention, no deletion attested", overdue);
      }
      if (!liveSystems.isEmpty()) {
        facts.add(
            "liveSystems", "Systems still holding records, no agreement in force", liveSystems);
      }
      facts.add("exitTerms", "Exit terms", agreement.exitTerms());
      out.add(
          Subject.agreement(agreement.code()),
          agreement.code()
              + " with "
              + data.party().name()
              + " ended on "
              + agreement.end()
              + " ("
              + daysSinceEnd
              + " days ago), but "
              + (overdue > 0
                  ? Facts.count(overdue) + " people are still held past its retention"
                  : "")
              + (overdue > 0 && !liveSystems.isEmpty() ? " and " : "")
              + (liveSystems.isEmpty()
                  ? ""
                  : "the party still hosts " + String.join(", ", liveSystems) + " with records")
              + "; no deletion is confirmed.",
          facts);
    }
  }
}
