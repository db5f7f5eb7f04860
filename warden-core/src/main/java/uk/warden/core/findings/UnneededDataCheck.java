package uk.warden.core.findings;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import uk.warden.core.register.Agreement;

/**
 * A supplier holding categories its service does not need (data minimisation, UK GDPR Art 5(1)(c),
 * s.37), judged against the purpose profiles in the rule's parameters: even where the agreement was
 * drafted to permit them. Parties whose agreements match no profile are not judged.
 */
final class UnneededDataCheck implements Check {

  static final String NAME = "data-not-needed-for-purpose";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<ParamSpec> params() {
    return List.of(
        new ParamSpec(
            "profiles",
            "services and the categories they need: name, matches (phrases in an agreement's"
                + " title or purpose), needs (category keys)",
            PurposeProfile.STANDARD,
            PurposeProfile::read));
  }

  @Override
  @SuppressWarnings("unchecked")
  public void run(Rule rule, FindingsInput input, FindingCollector out) {
    List<PurposeProfile> profiles = rule.params().value("profiles", List.class);
    for (PartyData data : input.partyData()) {
      if (!data.thirdParty() || !data.holdsData()) {
        continue;
      }
      Set<String> matched = new LinkedHashSet<>();
      Set<String> agreements = new TreeSet<>();
      Set<String> needed = new TreeSet<>();
      for (PurposeProfile profile : profiles) {
        for (Agreement agreement : data.agreements()) {
          if (profile.covers(agreement)) {
            matched.add(profile.name());
            agreements.add(agreement.code());
            needed.addAll(profile.needs());
          }
        }
      }
      if (matched.isEmpty()) {
        continue;
      }
      Set<String> unneeded = new TreeSet<>(data.categories());
      unneeded.removeAll(needed);
      if (unneeded.isEmpty()) {
        continue;
      }
      out.add(
          Subject.party(data.code()),
          data.party().name()
              + " holds "
              + PartyFacts.shortNames(unneeded, input.taxonomy())
              + ", which "
              + String.join(" or ", matched)
              + " does not need.",
          PartyFacts.of(data)
              .add("profiles", "Service", new ArrayList<>(matched))
              .add("agreements", "Agreements for that service", agreements)
              .add(
                  "unneeded", "Categories not needed", PartyFacts.names(unneeded, input.taxonomy()))
              .add(
                  "needed",
                  "Categories the service needs",
                  PartyFacts.names(needed, input.taxonomy())));
    }
  }
}
