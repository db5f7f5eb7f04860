package uk.warden.core.findings;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import uk.warden.core.register.HighRiskCombination;

/**
 * A supplier or sub-processor holding categories that none of its agreements permits (a
 * sub-processor is covered by its supplier's agreements): processing without a contract that allows
 * it, UK GDPR Art 28(3). Held means in a system it hosts or in what custody records it was sent.
 * Ended agreements count as permitting, because keeping data after an agreement ends is the
 * ended-agreement rule's.
 */
final class OutsideAgreementCheck implements Check {

  static final String NAME = "categories-outside-agreement";

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
    for (PartyData data : input.partyData()) {
      if (!data.thirdParty() || !data.holdsData()) {
        continue;
      }
      Set<String> outside = new TreeSet<>(data.categories());
      outside.removeAll(data.permitted());
      if (outside.isEmpty()) {
        continue;
      }
      Facts facts =
          PartyFacts.of(data)
              .add(
                  "categoriesOutside",
                  "Categories no agreement permits",
                  PartyFacts.names(outside, input.taxonomy()));
      for (String category : outside) {
        Set<String> where = data.systemsHolding(category);
        Integer people =
            data.holdings() == null ? null : data.holdings().peopleByCategory().get(category);
        facts.add(
            "heldIn." + category,
            "Where " + category + " is held",
            (where.isEmpty() ? "sent by custody transfers" : "systems " + String.join(", ", where))
                + (people == null ? "" : "; " + Facts.count(people) + " people (custody)"));
      }
      facts.add(
          "agreements",
          "Agreements considered",
          data.agreements().isEmpty() ? "none" : PartyFacts.agreementCodes(data.agreements()));
      HighRiskCombination combination = HighRiskCombination.of(data.categories(), input.taxonomy());
      if (combination.present()) {
        facts.add("highRiskCombination", "High-risk combination held", combination.explain());
      }
      out.add(
          Subject.party(data.code()),
          data.party().name()
              + " holds "
              + PartyFacts.shortNames(outside, input.taxonomy())
              + (data.agreements().isEmpty()
                  ? " with no agreement at all."
                  : ", which none of its agreements ("
                      + String.join(", ", PartyFacts.agreementCodes(data.agreements()))
                      + ") permits."),
          facts);
    }
  }
}
