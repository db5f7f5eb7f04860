package uk.warden.core.findings;

import java.util.List;
import uk.warden.core.register.HighRiskCombination;

/**
 * One supplier holding the high-risk combination (identity with photo, vetting level, unit,
 * location, address or role: DOMAIN.md §4.3) for most of the workforce: if it is breached, the
 * force is breached, as the Met and GMP were through Digital ID. Not wrong in itself, but a risk to
 * minimise (print in-house, send fewer categories) or accept knowingly.
 */
final class WorkforceConcentrationCheck implements Check {

  static final String NAME = "workforce-concentration";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<ParamSpec> params() {
    return List.of(
        ParamSpec.decimal(
            "workforceShare", "share of the serving workforce held, at least", 0.5, 0.01, 100.0));
  }

  @Override
  public void run(Rule rule, FindingsInput input, FindingCollector out) {
    double share = rule.params().decimal("workforceShare");
    long workforce = input.servingWorkforce();
    if (workforce <= 0) {
      return;
    }
    for (PartyData data : input.partyData()) {
      if (!data.thirdParty() || !data.holdsData()) {
        continue;
      }
      HighRiskCombination combination = HighRiskCombination.of(data.categories(), input.taxonomy());
      double held = (double) data.people() / workforce;
      if (!combination.present() || held < share) {
        continue;
      }
      out.add(
          Subject.party(data.code()),
          data.party().name()
              + " holds "
              + combination.explain()
              + " for "
              + Facts.count(data.people())
              + " people, "
              + Facts.percent(held)
              + " of the serving workforce.",
          PartyFacts.of(data)
              .add(
                  "identity",
                  "Identity categories",
                  PartyFacts.names(combination.identity(), input.taxonomy()))
              .add(
                  "aggravating",
                  "Aggravating categories",
                  PartyFacts.names(combination.aggravating(), input.taxonomy()))
              .add("workforce", "Serving workforce", workforce)
              .add("share", "Share of the serving workforce", Facts.percent(held))
              .add("threshold", "Reported from", Facts.percent(share)));
    }
  }
}
