package uk.warden.core.findings;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import uk.warden.core.register.Agreement;
import uk.warden.core.register.DataCategory;
import uk.warden.core.register.DataSystem;
import uk.warden.core.register.DataTaxonomy;

/** The evidence every party finding shows: which party, what it holds and how many people. */
final class PartyFacts {

  private PartyFacts() {}

  static Facts of(PartyData data) {
    Facts facts =
        Facts.of()
            .add("party", "Party", data.code())
            .add("partyName", "Party name", data.party().name())
            .add("partyKind", "Kind", data.party().kind().label());
    if (data.party().parentCode() != null) {
      facts.add("supplier", "Sub-processor of", data.party().parentCode());
    }
    List<String> systems = new ArrayList<>();
    for (DataSystem system : data.systems()) {
      systems.add(system.code());
    }
    facts.add("systemsHosted", "Systems hosted", systems);
    if (data.people() > 0) {
      facts.add(
          "people",
          data.peopleFromCustody()
              ? "People held (custody ledger)"
              : "Records in its largest system (register)",
          data.people());
    }
    return facts;
  }

  static List<String> agreementCodes(Collection<Agreement> agreements) {
    List<String> codes = new ArrayList<>();
    for (Agreement agreement : agreements) {
      codes.add(agreement.code());
    }
    return codes;
  }

  /** Category names as people know them, with the key: {@code Vetting level (user...)}. */
  static List<String> names(Collection<String> keys, DataTaxonomy taxonomy) {
    List<String> names = new ArrayList<>();
    for (String key : keys) {
      names.add(taxonomy.find(key).map(DataCategory::name).orElse(key) + " (" + key + ")");
    }
    return names;
  }

  static String shortNames(Collection<String> keys, DataTaxonomy taxonomy) {
    List<String> names = new ArrayList<>();
    for (String key : keys) {
      names.add(taxonomy.find(key).map(DataCategory::name).orElse(key));
    }
    return String.join(", ", names);
  }
}
