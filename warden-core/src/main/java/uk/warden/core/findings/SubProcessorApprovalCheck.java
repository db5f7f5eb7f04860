package uk.warden.core.findings;

import java.util.List;
import uk.warden.core.register.Party;
import uk.warden.core.register.PartyKind;

/**
 * A sub-processor holding the force's data although its supplier's sub-processors are not recorded
 * as approved: UK GDPR Art 28(2) and (4) allow a processor to engage another only with the
 * controller's prior written authorisation (the Digital ID print bureau, DOMAIN.md §8).
 */
final class SubProcessorApprovalCheck implements Check {

  static final String NAME = "sub-processor-approval";

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
      Party party = data.party();
      if (party.kind() != PartyKind.SUB_PROCESSOR || !data.holdsData()) {
        continue;
      }
      Party supplier = input.party(party.parentCode()).orElse(null);
      Boolean approved = supplier == null ? null : supplier.assurance().subProcessorsApproved();
      if (Boolean.TRUE.equals(approved)) {
        continue;
      }
      String state = approved == null ? "no approval recorded" : "recorded as not approved";
      out.add(
          Subject.party(party.code()),
          party.name()
              + ", sub-processor of "
              + (supplier == null ? party.parentCode() : supplier.name())
              + ", holds "
              + PartyFacts.shortNames(data.categories(), input.taxonomy())
              + ": "
              + state
              + ".",
          PartyFacts.of(data)
              .add("approval", "Sub-processor approval", state)
              .add(
                  "categories",
                  "Categories held",
                  PartyFacts.names(data.categories(), input.taxonomy())));
    }
  }
}
